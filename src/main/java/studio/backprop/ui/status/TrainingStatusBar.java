package studio.backprop.ui.status;

import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import org.controlsfx.control.StatusBar;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/**
 * Iteration, RSS (6 significant digits), learning rate, iterations per second, and running, paused or
 * failed (with the reason).
 */
public final class TrainingStatusBar extends StatusBar {
    /** Set while the run has failed: the bar takes the divergence banner's warning colours. */
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final Label iteration = item("statusIteration");
    private final Label rss = item("statusRss");
    private final Label rate = item("statusRate");
    private final Label speed = item("statusSpeed");
    private ObservableStringValue notice;

    /** With the model's notice (what an edit did to training) after the state, until the next Run or Step. */
    public TrainingStatusBar(StudioModel model) {
        this(model.snapshotProperty());
        notice = model.noticeProperty();
        notice.addListener((obs, was, now) -> show(model.getSnapshot()));
        show(model.getSnapshot());
    }

    /** Shows whichever snapshot {@code snapshot} holds. */
    public TrainingStatusBar(ObservableValue<TrainingSnapshot> snapshot) {
        getStyleClass().add("training-status");
        setText("Paused");
        getRightItems().addAll(iteration, new Separator(Orientation.VERTICAL), rss,
                new Separator(Orientation.VERTICAL), rate,
                new Separator(Orientation.VERTICAL), speed);
        snapshot.addListener((obs, old, s) -> show(s));
        show(snapshot.getValue());
    }

    private static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }

    private void show(TrainingSnapshot s) {
        if (s == null) {
            return;
        }
        pseudoClassStateChanged(FAILED, s.failed());
        String state = s.failed() ? s.failure().message() : switch (s.state()) {
            case RUNNING -> s.target() > 0 ? String.format(Locale.ROOT, "Running to iteration %,d", s.target()) : "Running";
            case STEPPING -> "Stepping";
            case PAUSED -> s.divergence() != null ? "Paused: diverged" : "Paused";
        };
        String said = notice == null ? "" : notice.get();
        setText(said.isEmpty() ? state : state + "   ·   " + said);
        iteration.setText(String.format(Locale.ROOT, "Iteration %,d", s.iteration()));
        rss.setText("RSS " + formatRss(s.rss()));
        rate.setText("α " + TrainingSnapshot.formatRate(s.learningRate()));
        speed.setText(String.format(Locale.ROOT, "%,.0f it/s", s.iterationsPerSecond()));
    }

    /** RSS with 6 significant digits, as the status bar and tests read it. */
    public static String formatRss(double rss) {
        return String.format(Locale.ROOT, "%.6g", rss);
    }
}
