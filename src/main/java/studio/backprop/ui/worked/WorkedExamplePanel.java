package studio.backprop.ui.worked;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.UpdateRule;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.worked.PanelSteps.Step;

/**
 * The chapter's worked example of one iteration for the current weights and the selected point,
 * typeset step by step: forward, loss, backward, expansion, then the sum over all points and the
 * update. While training runs it follows a few times a second; the phase stepper lights up and scrolls
 * to the step being explained.
 */
public final class WorkedExamplePanel extends BorderPane {
    /** At most four updates a second while training runs: readable, and typesetting keeps up. */
    static final Duration LIVE_INTERVAL = Duration.millis(250);

    /** Padding and borders around a formula, in pixels: what of the viewport's width it cannot use. */
    private static final double CHROME = 72;

    private final StudioModel model;
    private final PhaseStepper stepper;
    private final IntegerProperty decimals = new SimpleIntegerProperty(this, "decimals", PanelSteps.DEFAULT_DECIMALS);
    private final ObjectProperty<Consumer<IterationTrace>> onExport = new SimpleObjectProperty<>(this, "onExport");
    private final ReadOnlyObjectWrapper<List<Step>> steps = new ReadOnlyObjectWrapper<>(this, "steps", List.of());
    private final ReadOnlyObjectWrapper<IterationTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final WorkedExampleToolbar toolbar;
    private final StepList list;
    private final SnapshotTraceCache traces = new SnapshotTraceCache();
    private final Throttle throttle = new Throttle(LIVE_INTERVAL, this::update);
    private double widthEm = 40;
    private int shownPoint = -1;
    private long updatesShown;

    public WorkedExamplePanel(StudioModel model) {
        this.model = model;
        this.stepper = new PhaseStepper(model);
        getStyleClass().add("worked-example");
        toolbar = new WorkedExampleToolbar(model, stepper, decimals, onExport, trace.getReadOnlyProperty());
        list = new StepList(() -> model.getSnapshot() != null && model.getSnapshot().running());
        list.setFontSize(fontSize());
        setTop(toolbar);
        setCenter(list);

        // Hidden (out of the window), the panel does no work while training runs; it catches up on showing.
        model.snapshotProperty().addListener((obs, old, s) -> {
            if (getScene() != null) {
                throttle.request(s == null || !s.running());
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                throttle.request(true);
            }
        });
        model.selectedPointProperty().addListener((obs, old, k) -> throttle.request(true));
        decimals.addListener((obs, old, d) -> throttle.request(true));
        model.presentationProperty().addListener((obs, old, on) -> applyFontSize());
        model.activePhaseProperty().addListener((obs, old, p) -> list.highlight(p));
        model.runningProperty().addListener((obs, was, on) -> list.renderViews());
        list.viewportBoundsProperty().addListener((obs, old, b) -> viewportChanged(b));
        list.highlight(model.activePhaseProperty().get());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        throttle.request(true);
    }

    // ---- API ----

    public PhaseStepper stepper() {
        return stepper;
    }

    public void start() {
        stepper.start();
    }

    public void stop() {
        stepper.stop();
    }

    public void next() {
        stepper.next();
    }

    public void previous() {
        stepper.previous();
    }

    /** Decimals of computed values, 3..8 (6 as in the chapter). */
    public IntegerProperty decimalsProperty() {
        return decimals;
    }

    /** Called with the trace shown when "Export worked example..." is pressed; the button is off while null. */
    public ObjectProperty<Consumer<IterationTrace>> onExportProperty() {
        return onExport;
    }

    public void setOnExport(Consumer<IterationTrace> handler) {
        onExport.set(handler);
    }

    /** The steps shown, in order; empty before the first snapshot. */
    public ReadOnlyObjectProperty<List<Step>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public List<Step> getSteps() {
        return steps.get();
    }

    /** The point (from 0) the steps are for; -1 before the first snapshot. */
    public int getShownPoint() {
        return shownPoint;
    }

    /** How many states the panel has shown: tests check the throttle with it. */
    public long updatesShown() {
        return updatesShown;
    }

    /** The iteration the steps are from. */
    public ReadOnlyObjectProperty<IterationTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** The formula of one phase's step, or null before the first snapshot. */
    public FormulaView formulaView(Phase phase) {
        return list.formulaView(phase);
    }

    /** True when the active phase's step is the one lit up. */
    public boolean isHighlighted(Phase phase) {
        return list.isHighlighted(phase);
    }

    public WorkedExampleToolbar toolbar() {
        return toolbar;
    }

    public ScrollPane scrollPane() {
        return list;
    }

    /** True when nothing is waiting: the newest state is shown and every formula is typeset. */
    public boolean isSettled() {
        return !throttle.isBusy() && list.isCurrent();
    }

    // ---- updating ----

    /** Builds the trace and the LaTeX on the typesetting thread, then shows them here. */
    private void update(Runnable done) {
        TrainingSnapshot s = model.getSnapshot();
        if (s == null) {
            done.run();
            return;
        }
        int selected = Math.max(0, Math.min(s.data().size() - 1, model.selectedPointProperty().get()));
        int d = decimals.get();
        double em = widthEm;
        FormulaRenderer.shared().thread().execute(() -> {
            try {
                IterationTrace t = traces.of(s);
                // The trace holds the batch's points: the selected one when the batch has it, else its first.
                int index = Math.max(0, t.batch().indexOf(selected));
                List<Step> list = PanelSteps.steps(t, index, d, em, s.data().size());
                Platform.runLater(() -> {
                    show(s, t, selected, index, list);
                    done.run();
                });
            } catch (RuntimeException e) {
                Platform.runLater(done);
                throw e;
            }
        });
    }

    /** @param index the point shown, from 0 among the trace's points: the selected one unless it is not in the batch */
    private void show(TrainingSnapshot s, IterationTrace t, int selected, int index, List<Step> latest) {
        toolbar.setData(s.data());
        int point = t.batch().get(index);
        String title = "Iteration " + t.iteration() + "   ·   point " + (point + 1) + " of " + s.data().size()
                + ":  (x, y) = " + PanelSteps.pointLabel(t.point(index), decimals.get())
                + "   ·   α = " + TrainingSnapshot.formatRate(t.learningRate());
        if (UpdateRule.isChapters(t, s.data().size())) {
            list.show(title, latest);
        } else {
            UpdateCaptions words = new UpdateCaptions(t, s.data().size());
            String absent = point == selected ? ""
                    : "   ·   selected point " + (selected + 1) + (s.beyond().options().heldOut().contains(selected)
                            ? " is held out: no update sums it" : " is not in this batch");
            list.show(title + "   ·   " + words.heading() + absent, latest, words.isBatch());
        }
        shownPoint = point;
        updatesShown++;
        trace.set(t);
        steps.set(latest);
    }

    private double fontSize() {
        return model.presentationProperty().get() ? FormulaView.PRESENTATION_SIZE : FormulaView.NORMAL_SIZE;
    }

    private void applyFontSize() {
        list.setFontSize(fontSize());
        viewportChanged(list.getViewportBounds());
    }

    /** Equations are broken to fit the viewport, in steps of 4 ems so that resizing rarely retypesets. */
    private void viewportChanged(Bounds viewport) {
        if (viewport == null || viewport.getWidth() <= 0) {
            return;
        }
        double em = Math.max(24, Math.floor((viewport.getWidth() - CHROME) / fontSize() / 4) * 4);
        if (em != widthEm) {
            widthEm = em;
            throttle.request(true);
        }
        list.renderViews();
    }

    private void key(KeyEvent e) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        Command command = Command.onKey(e.getCode()).orElse(null);
        // Alone (no lesson to turn the page of), a clicker's Page Down and Page Up step the phases.
        if (command == Command.NEXT_PHASE || command == Command.NEXT_SCENE) {
            stepper.next();
        } else if ((command == Command.PREVIOUS_PHASE || command == Command.PREVIOUS_SCENE) && stepper.isActive()) {
            stepper.previous();
        } else if (command == Command.LEAVE_STEPPER && stepper.isActive()) {
            stepper.stop();
        } else {
            return;
        }
        e.consume();
    }
}
