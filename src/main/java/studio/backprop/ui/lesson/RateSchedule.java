package studio.backprop.ui.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.value.ChangeListener;
import studio.backprop.lesson.RateChange;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.Run;

/**
 * Trains through rate changes exactly where they are due: runs until the next change's iteration, which
 * pauses there, sets the rate, and so on; after the last change it does {@code then} (run on, or run to the
 * end). Pausing anywhere else (the teacher pressed Space, a divergence) ends the schedule: the class has
 * taken over. FX thread only.
 */
final class RateSchedule {
    private final Run target;
    private final Deque<RateChange> left;
    private final Runnable then;
    private final ChangeListener<TrainingSnapshot> follow = (obs, was, s) -> follow(s);
    private long awaited = -1;
    private boolean ended;

    RateSchedule(Run target, List<RateChange> changes, Runnable then) {
        this.target = target;
        this.left = new ArrayDeque<>(changes);
        this.then = then;
    }

    /** Starts from where the target's newest snapshot is, which must show every command done. */
    void start() {
        target.snapshotProperty().addListener(follow);
        advance(target.snapshotProperty().get().iteration());
    }

    /** Leaves the target to itself, wherever it is. */
    void stop() {
        ended = true;
        target.snapshotProperty().removeListener(follow);
    }

    private void advance(long at) {
        while (!left.isEmpty() && left.peek().iteration() <= at) {
            target.setLearningRate(left.poll().rate());
        }
        if (left.isEmpty()) {
            stop();
            then.run();
            return;
        }
        awaited = left.peek().iteration();
        target.runUntil(awaited);
    }

    private void follow(TrainingSnapshot s) {
        if (ended || s == null || s.running() || !target.settled()) {
            return;
        }
        if (s.iteration() == awaited) {
            advance(s.iteration());
        } else {
            stop();
        }
    }
}
