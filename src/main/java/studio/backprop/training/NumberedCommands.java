package studio.backprop.training;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The queue of commands for the training thread, each numbered as it is queued, so that a snapshot can
 * say which commands it has carried out. Any thread may queue; only the training thread takes.
 */
final class NumberedCommands {
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    /** Commands numbered so far; guarded by the queue's monitor. */
    private long submitted;
    /** The number of the last command carried out; training thread only. */
    private long done;

    /**
     * Queues a command under the next number. The lock only keeps numbers and queue order alike when
     * several threads submit: the training thread never takes it (only the queue's own, briefly, to poll).
     *
     * @return the command's number, which {@link TrainingSnapshot#commandsDone()} reaches once it is done
     */
    long submit(Runnable command) {
        synchronized (queue) {
            long number = ++submitted;
            queue.add(() -> {
                try {
                    command.run();
                } finally {
                    done = number;
                }
            });
            return number;
        }
    }

    /** The next command, or null at once if there is none. */
    Runnable poll() {
        return queue.poll();
    }

    /** The next command, waiting up to {@code nanos} for one; null if none came. */
    Runnable poll(long nanos) throws InterruptedException {
        return queue.poll(nanos, TimeUnit.NANOSECONDS);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The number of the last command carried out (training thread). */
    long done() {
        return done;
    }
}
