package studio.backprop.ui.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import studio.backprop.engine.ChapterExample;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/**
 * The chapter's table of iterations, live: for each of its iterations the page's RSS and predictions
 * above this run's, filled in as training passes it, each of the run's cells ticked where it agrees with
 * the page at the page's decimals. For an experiment that does not start where the chapter's does, only
 * the run's values show, at the same iterations.
 */
public final class ChapterTablePanel extends ScrollPane {
    private final StudioModel model;
    private final LiveCheckpoints live = new LiveCheckpoints();
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
    private final Label heading = new Label();
    private final GridPane grid = new GridPane();
    private boolean chapters;

    public ChapterTablePanel(StudioModel model) {
        this.model = model;
        setId("chapterTable");
        getStyleClass().add("chapter-table");
        setFitToWidth(true);
        heading.getStyleClass().add("table-heading");
        heading.setWrapText(true);
        grid.getStyleClass().add("table-grid");
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(right, right, new ColumnConstraints());
        setContent(new VBox(heading, grid));
        model.snapshotProperty().addListener((obs, was, s) -> {
            live.follow(s);
            refresh();
        });
        live.valuesProperty().addListener((obs, was, now) -> refresh());
        showing.addListener((obs, was, on) -> live.setActive(on));
        live.follow(model.getSnapshot());
        refresh();
    }

    /** Whether the panel is on screen: only then does it replay iterations passed between frames. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** True when the run starts where the chapter's does: its network, weights and points. */
    static boolean chapters(TrainingSnapshot s) {
        return s != null && s.initial().equals(ChapterExample.network()) && s.data().equals(ChapterExample.data());
    }

    private void refresh() {
        TrainingSnapshot s = model.getSnapshot();
        chapters = chapters(s);
        heading.setText(heading(s));
        grid.getChildren().clear();
        header();
        Map<Long, Checkpoint> values = live.valuesProperty().get();
        int row = 1;
        for (PrintedTable.Row printed : PrintedTable.ROWS) {
            Checkpoint value = values.get(printed.iteration());
            grid.add(cell(String.format(Locale.ROOT, "%,d", printed.iteration()), "iteration-cell"), 0, row);
            if (chapters) {
                grid.add(cell(printed.rss(), "page-value"), 1, row);
                grid.add(cell(String.join("  ", printed.predictions()), "page-value"), 2, row);
                row++;
            }
            boolean passed = s != null && s.iteration() >= printed.iteration();
            grid.add(runCell(value == null ? null : PrintedTable.likePrinted(printed.rss(), value.rss()),
                    value != null && PrintedTable.agrees(printed.rss(), value.rss()), passed), 1, row);
            grid.add(runCell(value == null ? null : predictions(printed, value),
                    value != null && predictionsAgree(printed, value), passed), 2, row);
            row++;
        }
    }

    private void header() {
        grid.add(cell("iteration", "table-header"), 0, 0);
        grid.add(cell("RSS", "table-header"), 1, 0);
        grid.add(cell("predictions f(x) at the points", "table-header"), 2, 0);
    }

    private String heading(TrainingSnapshot s) {
        if (s == null) {
            return "";
        }
        if (!chapters) {
            return "This run at the chapter's iterations (the page's numbers are for the chapter's example).";
        }
        String rate = TrainingSnapshot.formatRate(s.learningRate());
        return "The chapter's table: the page's numbers in grey, this run's below them, ✔ where they agree to"
                + " the page's decimals" + (s.learningRate() == ChapterExample.LEARNING_RATE && s.rateChanges().length == 0
                ? "." : ". This run trains with α = " + rate + ", the page with α = 0.01.");
    }

    /**
     * The run's cell: its value ticked where it agrees with the page; "…" until training gets there, "–" where
     * it passed without a value to be had (the rate changed between two frames).
     */
    private Label runCell(String text, boolean agrees, boolean passed) {
        if (text == null) {
            return cell(passed ? "–" : "…", "pending-value");
        }
        if (!chapters) {
            return cell(text, "run-value");
        }
        return cell(text + (agrees ? "  ✔" : "  ✘"), agrees ? "run-value agrees" : "run-value differs");
    }

    private static String predictions(PrintedTable.Row printed, Checkpoint value) {
        int n = Math.min(5, value.predictions().length);
        return IntStream.range(0, n).mapToObj(k -> PrintedTable.likePrinted(
                k < printed.predictions().size() ? printed.predictions().get(k) : "0.000", value.predictions()[k]))
                .collect(Collectors.joining("  ")) + (value.predictions().length > 5 ? "  …" : "");
    }

    private static boolean predictionsAgree(PrintedTable.Row printed, Checkpoint value) {
        List<String> page = printed.predictions();
        return value.predictions().length == page.size()
                && IntStream.range(0, page.size()).allMatch(k -> PrintedTable.agrees(page.get(k), value.predictions()[k]));
    }

    private static Label cell(String text, String styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles.split(" "));
        return l;
    }

    /** The text of the run's RSS and predictions at a checkpoint, as shown (with its mark): for tests. */
    public List<String> runRow(long iteration) {
        int k = 0;
        while (PrintedTable.CHECKPOINTS[k] != iteration) {
            k++;
        }
        int row = 1 + k * (chapters ? 2 : 1) + (chapters ? 1 : 0);
        return grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) > 0)
                .map(n -> ((Label) n).getText()).toList();
    }

    /** The run's values known, by iteration: for tests. */
    Map<Long, Checkpoint> liveValues() {
        return live.valuesProperty().get();
    }

    /** True when the page's numbers show beside the run's. */
    public boolean showsThePage() {
        return chapters;
    }

    /** True when every value that can be had is in: for pictures of the table. */
    public boolean isSettled() {
        return live.settled();
    }

    /** Stops its replays' thread. */
    public void close() {
        live.close();
    }
}
