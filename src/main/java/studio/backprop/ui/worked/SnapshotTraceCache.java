package studio.backprop.ui.worked;

import studio.backprop.engine.IterationTrace;
import studio.backprop.training.TrainingSnapshot;

/**
 * The trace of the last snapshot, kept while only the point or the decimals change: a trace covers
 * every point, and building one runs a whole iteration. Used on the typesetting thread only.
 */
final class SnapshotTraceCache {
    private TrainingSnapshot from;
    private IterationTrace trace;

    IterationTrace of(TrainingSnapshot s) {
        if (from == null || s.network() != from.network() || s.data() != from.data()
                || s.learningRate() != from.learningRate() || s.iteration() != from.iteration()) {
            trace = IterationTrace.of(s.network(), s.data(), s.learningRate(), s.iteration(), s.optimizer(),
                    s.beyond().options(), s.beyond().position());
            from = s;
        }
        return trace;
    }
}
