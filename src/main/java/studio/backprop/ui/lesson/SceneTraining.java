package studio.backprop.ui.lesson;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import studio.backprop.lesson.RateChange;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingService;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.Run;

/**
 * Trains a scene's start to its iteration out of sight, as fast as the machine goes, on a run of its own
 * that the views never show: the class sees a progress bar, not a million frames. What it reaches is the
 * scene's state, which the lesson keeps, so going back shows the same weights, not a re-run.
 */
final class SceneTraining {
    private final Run run;
    private final SavedExperiment start;
    private final long target;
    private final DoubleConsumer progress;
    private final Consumer<SavedExperiment> done;
    private final ChangeListener<TrainingSnapshot> follow = (obs, was, s) -> follow(s);
    private RateSchedule schedule;

    private SceneTraining(SavedExperiment start, long target, DoubleConsumer progress, Consumer<SavedExperiment> done) {
        this.start = start;
        this.target = target;
        this.progress = progress;
        this.done = done;
        run = new Run("scene", start.experiment(), Platform::runLater);
    }

    /**
     * Trains {@code start} to iteration {@code target}, the rate changing on the way; tells the fraction done
     * as it goes, then the state reached (or where a divergence stopped it). FX thread.
     */
    static SceneTraining start(SavedExperiment start, long target, List<RateChange> rates, DoubleConsumer progress,
                               Consumer<SavedExperiment> done) {
        SceneTraining t = new SceneTraining(start, target, progress, done);
        t.begin(rates);
        return t;
    }

    private void begin(List<RateChange> rates) {
        run.snapshotProperty().addListener(follow);
        run.start();
        if (!start.atStart()) {
            run.resume(start.experiment(), start.network(), start.iteration(), start.memory(), start.position(),
                    start.history());
        }
        run.setSpeed(TrainingService.UNLIMITED);
        schedule = new RateSchedule(run, rates, () -> run.runUntil(target));
    }

    private void follow(TrainingSnapshot s) {
        if (s == null || !run.settled()) {
            return;
        }
        if (schedule != null) {
            RateSchedule first = schedule;
            schedule = null;
            first.start();
            return;
        }
        progress.accept((double) (s.iteration() - start.iteration()) / (target - start.iteration()));
        if (!s.running() && (s.iteration() >= target || s.divergence() != null || s.failed())) {
            cancel();
            done.accept(start.withProgress(Progress.of(s)));
        }
    }

    /** Stops training and lets its thread go; nothing more is told. */
    void cancel() {
        run.snapshotProperty().removeListener(follow);
        run.close();
    }
}
