package studio.backprop.ui.worked;

import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an asynchronous job on the FX thread at most once an interval and never twice at once. While
 * training runs the worked example changes hundreds of times a second; nobody can read that, and
 * typesetting each would never catch up. An urgent request (training paused: the state to read) runs
 * as soon as the job in flight is done, so the last state is always the one shown.
 */
final class Throttle {
    private final long intervalNanos;
    private final Consumer<Runnable> job;
    private final PauseTransition timer = new PauseTransition();
    private long lastStart = Long.MIN_VALUE / 2;
    private boolean busy;
    private boolean pending;
    private boolean pendingUrgent;

    /** @param job started with a callback it must run (on the FX thread) when it is done */
    Throttle(Duration interval, Consumer<Runnable> job) {
        this.intervalNanos = (long) (interval.toMillis() * 1_000_000);
        this.job = job;
        timer.setOnFinished(e -> start());
    }

    /** Asks for the job to run again, soon (urgent) or within the interval. */
    void request(boolean urgent) {
        if (busy) {
            pending = true;
            pendingUrgent |= urgent;
            return;
        }
        long wait = urgent ? 0 : lastStart + intervalNanos - System.nanoTime();
        if (wait <= 0) {
            start();
        } else if (timer.getStatus() != Animation.Status.RUNNING) {
            timer.setDuration(Duration.millis(wait / 1e6));
            timer.playFromStart();
        }
    }

    /** True while a job runs or one is waiting for its turn. */
    boolean isBusy() {
        return busy || pending || timer.getStatus() == Animation.Status.RUNNING;
    }

    private void start() {
        timer.stop();
        busy = true;
        lastStart = System.nanoTime();
        job.accept(this::done);
    }

    private void done() {
        busy = false;
        if (pending) {
            boolean urgent = pendingUrgent;
            pending = false;
            pendingUrgent = false;
            request(urgent);
        }
    }
}
