package studio.backprop.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.model.ComparedRun;
import studio.backprop.ui.model.Run;
import studio.backprop.ui.model.StudioModel;

/**
 * The compared runs, one chip each: its colour, its label, where it has got to (or where it diverged).
 * Clicking a chip shows that run in the diagram and the worked example; × drops a run; "Keep" ends the
 * comparison with the run shown. There only while runs are compared.
 */
public final class RunsBar extends FlowPane {
    private final StudioModel model;
    private final Comparing comparing;
    private final ToggleGroup shown = new ToggleGroup();
    private final List<Chip> chips = new ArrayList<>();
    private final Button keep = new Button("Keep the run shown");
    private static final long UPDATE_NANOS = 250_000_000L;
    private List<String> labels = List.of();
    private long lastUpdate;

    public RunsBar(StudioModel model, Comparing comparing) {
        this.model = model;
        this.comparing = comparing;
        getStyleClass().add("runs-bar");
        setId("runsBar");
        setHgap(8);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        keep.setId("keepRun");
        keep.setFocusTraversable(false);
        keep.setTooltip(new Tooltip("End the comparison: the run shown becomes the experiment, where it has got to"));
        keep.setOnAction(e -> comparing.keep(model.activeRun()));
        managedProperty().bind(visibleProperty());
        model.comparison().comparedProperty().addListener((obs, old, runs) -> show(runs));
        show(model.comparison().comparedProperty().get());
    }

    private void show(List<ComparedRun> runs) {
        setVisible(!runs.isEmpty());
        List<String> now = runs.stream().map(ComparedRun::label).toList();
        if (!now.equals(labels)) {
            labels = now;
            chips.clear();
            getChildren().clear();
            for (ComparedRun run : runs) {
                Chip chip = new Chip(run);
                chips.add(chip);
                getChildren().add(chip.box);
            }
            getChildren().add(keep);
        }
        // The chips' numbers change with every snapshot; four times a second is as fast as they can be read,
        // and relaying out the bar at every frame costs the views their frame rate.
        long at = System.nanoTime();
        boolean due = at - lastUpdate > UPDATE_NANOS || runs.stream().noneMatch(r -> r.snapshot() != null
                && r.snapshot().running());
        for (int k = 0; k < runs.size() && k < chips.size(); k++) {
            chips.get(k).select.setSelected(runs.get(k).active());
            if (due) {
                chips.get(k).update(runs.get(k));
            }
        }
        if (due) {
            lastUpdate = at;
        }
    }

    /** One run's chip: a toggle that shows it, and × to drop it (not the first, which is the experiment). */
    private final class Chip {
        final HBox box = new HBox(2);
        final ToggleButton select = new ToggleButton();
        final Label state = new Label();

        Chip(ComparedRun run) {
            // A glyph rather than a shape, so that it grows with the text in presentation mode.
            Label swatch = new Label("■");
            swatch.setTextFill(Palette.run(run.index()));
            select.setGraphic(swatch);
            select.setText(run.label());
            select.setToggleGroup(shown);
            select.setFocusTraversable(false);
            select.setId("run-" + (run.index() + 1));
            select.setTooltip(new Tooltip("Show this run in the diagram and the worked example"));
            select.setOnAction(e -> {
                model.setActiveRun(model.runs().get(run.index()));
                select.setSelected(true);
            });
            state.getStyleClass().add("run-state");
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("run-chip");
            box.getChildren().addAll(select, state);
            if (run.index() > 0) {
                Button drop = new Button("×");
                drop.setId("dropRun-" + (run.index() + 1));
                drop.setFocusTraversable(false);
                drop.setTooltip(new Tooltip("Drop this run from the comparison"));
                drop.setOnAction(e -> {
                    Run r = model.runs().get(run.index());
                    model.comparison().remove(r);
                });
                box.getChildren().add(drop);
            }
        }

        void update(ComparedRun run) {
            select.setSelected(run.active());
            TrainingSnapshot s = run.snapshot();
            state.setText(s == null ? "" : s.divergence() != null
                    ? String.format(Locale.ROOT, "diverged at %,d", s.divergence().iteration())
                    : String.format(Locale.ROOT, "%,d · RSS %s", s.iteration(), TrainingSnapshot.formatNumber(s.rss(), 3)));
        }
    }
}
