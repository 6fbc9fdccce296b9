package studio.backprop.ui.diagram;

import java.util.function.Supplier;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;

/**
 * What one frame draws from: the snapshot, the selected point, the forward pass at it, and the trace of
 * the iteration that starts from these weights, fetched only by the displays that need it.
 */
record Frame(TrainingSnapshot snapshot, int point, Predictor at, Supplier<IterationTrace> traces) {

    IterationTrace trace() {
        return traces.get();
    }

    /** The selected point's trace through layer l. */
    IterationTrace.LayerTrace layer(int l) {
        return trace().point(point).layer(l);
    }

    /** dRSS/dw of an edge at the selected point alone. */
    double pointGradient(Edge e) {
        IterationTrace.LayerTrace t = layer(e.layer());
        return e.isBias() ? t.dRssDb()[e.to()] : t.dRssDa(e.to(), e.from());
    }
}
