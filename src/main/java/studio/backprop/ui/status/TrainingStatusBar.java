package studio.backprop.ui.status;

import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import studio.backprop.training.Fit;
import studio.backprop.ui.model.ShownAccuracy;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/**
 * Iteration (and epoch, with batches), RSS (6 significant digits) with the MSE, RMSE and R^2 beside it,
 * the held-out points' and the penalty when there are such, learning rate, iterations per second, and
 * running, paused or failed (with the reason).
 */
public final class TrainingStatusBar extends StatusBar {
    /** Set while the run has failed: the bar takes the divergence banner's warning colours. */
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final Label iteration = whole(item("statusIteration"));
    private final Label rss = whole(item("statusRss"));
    private final Label fit = item("statusFit");
    private final Label accuracy = whole(item("statusAccuracy"));
    private final Label heldOut = whole(item("statusHeldOut"));
    private final Label heldOutFit = item("statusHeldOutFit");
    private final Label penalty = whole(item("statusPenalty"));
    private final Label rate = whole(item("statusRate"));
    private final Label speed = whole(item("statusSpeed"));
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
        getRightItems().addAll(iteration, new Separator(Orientation.VERTICAL), rss, fit, accuracy,
                shownWith(heldOut), heldOut, heldOutFit, shownWith(penalty), penalty, new Separator(Orientation.VERTICAL), rate,
                new Separator(Orientation.VERTICAL), speed);
        snapshot.addListener((obs, old, s) -> show(s));
        show(snapshot.getValue());
        // The state on the left (running, paused, why it failed) is never cut short either.
        skinProperty().addListener((obs, old, skin) -> lookupAll(".label").forEach(n -> {
            if (n instanceof Label l && !getRightItems().contains(l)) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }));
    }

    private static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        label.setPadding(new Insets(0, 4, 0, 4));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /**
     * Never cut short: where the bar is too narrow (presentation mode, a small window) the fit measures
     * give way first, each with its whole text in a tooltip.
     */
    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A separator before {@code label}, there while it is. */
    private static Separator shownWith(Label label) {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.managedProperty().bind(label.managedProperty());
        separator.visibleProperty().bind(label.managedProperty());
        return separator;
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
        iteration.setText(String.format(Locale.ROOT, "Iteration %,d", s.iteration())
                + (s.beyond().batched() ? String.format(Locale.ROOT, " · epoch %,d", s.beyond().position().epoch()) : ""));
        rss.setText("RSS " + formatRss(s.rss()));
        Fit training = s.beyond().trainingFit(s.rss());
        fit.setText(training == null ? "" : "(" + training.summary() + ")");
        Fit held = s.beyond().heldOutFit();
        heldOut.setText(held == null ? "" : "held out: RSS " + formatRss(held.rss()));
        accuracy.setText(ShownAccuracy.training(s));
        String heldOutAccuracy = ShownAccuracy.heldOut(s);
        heldOutFit.setText(held == null ? "" : "(" + held.summary() + (heldOutAccuracy.isEmpty() ? "" : " · " + heldOutAccuracy) + ")");
        penalty.setText(s.beyond().options().penalty().isSet() ? "penalty " + formatRss(s.beyond().penalty()) : "");
        tip(fit);
        tip(heldOutFit);
        rate.setText("α " + TrainingSnapshot.formatRate(s.learningRate()));
        speed.setText(String.format(Locale.ROOT, "%,.0f it/s", s.iterationsPerSecond()));
    }

    private static void tip(Label label) {
        if (label.getTooltip() == null) {
            label.setTooltip(new Tooltip());
        }
        label.getTooltip().setText(label.getText());
    }

    /** RSS with 6 significant digits, as the status bar and tests read it. */
    public static String formatRss(double rss) {
        return String.format(Locale.ROOT, "%.6g", rss);
    }
}
