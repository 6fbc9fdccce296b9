package studio.backprop.ui.diagram;

import java.util.function.Supplier;
import studio.backprop.engine.Gradient;
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

    /**
     * dRSS/dw as the diagram shows it: the last iteration's, or, before there is one (at iteration 0, after
     * a load or an undone divergence), the gradient at these weights, as the worked example works it out.
     * The trace that gives it is made on the FX thread, only when asked, once per snapshot: training never
     * pays for it.
     */
    Gradient gradient() {
        return snapshot.gradientKnown() ? snapshot.gradient() : trace().gradient();
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
