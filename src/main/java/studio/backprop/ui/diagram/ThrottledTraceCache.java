package studio.backprop.ui.diagram;

import studio.backprop.engine.IterationTrace;
import studio.backprop.training.TrainingSnapshot;

/**
 * The iteration trace of the weights shown, remade only when they change. A trace runs every point
 * through the network, so while training runs it is remade at most a few times a second: values that
 * lag by a tenth of a second are invisible, a frame rate halved on a big network is not.
 */
final class ThrottledTraceCache {
    private static final long RUNNING_REFRESH_NANOS = 100_000_000L;

    private TrainingSnapshot made;
    private IterationTrace trace;
    private long madeAt;
    /** How many traces were made: tests check that redraws of one snapshot reuse its trace. */
    int computations;

    IterationTrace of(TrainingSnapshot s) {
        boolean same = made != null && s.network() == made.network() && s.data() == made.data()
                && s.learningRate() == made.learningRate();
        boolean fresh = made != null && s.running() && s.data() == made.data()
                && s.network().architecture().equals(made.network().architecture())
                && System.nanoTime() - madeAt < RUNNING_REFRESH_NANOS;
        if (!same && !fresh) {
            trace = IterationTrace.of(s.network(), s.data(), s.learningRate(), s.iteration(), s.optimizer(),
                    s.beyond().options(), s.beyond().position());
            made = s;
            madeAt = System.nanoTime();
            computations++;
        }
        return trace;
    }
}
