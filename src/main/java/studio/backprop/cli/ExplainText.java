package studio.backprop.cli;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Feature;
import studio.backprop.engine.Gradient;
import studio.backprop.engine.IterationTrace.LayerTrace;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.IterationTrace;
import studio.backprop.io.Decimals;
import studio.backprop.teaching.UpdateRule;

/**
 * One iteration in the order of the chapter's worked example: for each point the forward pass, the
 * backward pass and the expansion (output layer first), then the summed gradients and the update.
 */
final class ExplainText {
    static final int DIGITS = 6;
    private static final String STEP = "  ";
    private static final String DETAIL = "    ";

    private final TextFormat format = new TextFormat(DIGITS);
    private final IterationTrace trace;
    private final Architecture arch;
    private final List<String> lines = new ArrayList<>();
    /** The sums and update of another update than the chapter's; null for the chapter's, written as always. */
    private final ExplainUpdate other;

    private ExplainText(IterationTrace trace, int dataSize) {
        this.trace = trace;
        this.arch = trace.before().architecture();
        this.other = UpdateRule.isChapters(trace, dataSize) ? null : new ExplainUpdate(trace, format, dataSize);
    }

    static List<String> of(IterationTrace trace) {
        return of(trace, 0);
    }

    /** The iteration of a trainer on data of {@code dataSize} points (0: not known), whose batch it names. */
    static List<String> of(IterationTrace trace, int dataSize) {
        return new ExplainText(trace, dataSize).render();
    }

    private List<String> render() {
        String from = trace.iteration() == 0 ? "the initial weights"
                : "the weights after " + TextFormat.count(trace.iteration())
                        + (trace.iteration() == 1 ? " iteration" : " iterations");
        if (other != null) {
            lines.add("One iteration of " + other.name() + " from " + from + ": network " + network() + ", "
                    + other.points() + ", learning rate " + TextFormat.plain(trace.learningRate()));
        } else {
            lines.add("One iteration of gradient descent from " + from + ": network " + network()
                    + ", " + trace.points().size() + (trace.points().size() == 1 ? " point" : " points")
                    + ", learning rate " + TextFormat.plain(trace.learningRate()));
        }
        for (int p = 0; p < trace.points().size(); p++) {
            lines.add("");
            point(p, trace.point(p));
        }
        lines.add("");
        if (other != null) {
            lines.addAll(other.summed());
            lines.add("");
            lines.addAll(other.update());
            return lines;
        }
        summed(trace.gradient());
        lines.add("");
        lines.add("Updated weights: A_l -> A_l - " + TextFormat.plain(trace.learningRate()) + " dRSS/dA_l, b_l -> b_l - "
                + TextFormat.plain(trace.learningRate()) + " dRSS/db_l");
        add(DETAIL, format.weights(trace.updated()));
        return lines;
    }

    private void point(int p, PointTrace point) {
        // Another update's batch may skip points or shuffle them: each is named by its number.
        lines.add((other == null ? "Point" : "Point " + (trace.batch().get(p) + 1) + ":") + " (x, y) = " + at(point));
        lines.add(STEP + "Forward propagation");
        if (arch.features() == null) {
            add(DETAIL, TextFormat.beside(format.column("Sigma_0 = x", point.x()), format.column("h_0 = x", point.x())));
        } else {
            add(DETAIL, format.named("Sigma_0 = h_0", arch.features().list().stream().map(Feature::id).toList(), point.x()));
        }
        for (int l = 1; l <= arch.depth(); l++) {
            LayerTrace layer = point.layer(l);
            add(DETAIL, TextFormat.beside(format.column("Sigma_" + l, layer.sigma()), format.column("h_" + l, layer.h())));
        }
        lines.add(STEP + "Backpropagation");
        for (int l = arch.depth(); l >= 1; l--) {
            add(DETAIL, format.column("dRSS/dh_" + l, point.layer(l).dRssDh()));
        }
        lines.add(STEP + "Expansion");
        for (int l = arch.depth(); l >= 1; l--) {
            LayerTrace layer = point.layer(l);
            add(DETAIL, TextFormat.beside(format.column("dRSS/db_" + l, layer.dRssDb()),
                    format.matrix("dRSS/dA_" + l, layer.dRssDa(), arch.size(l))));
        }
    }

    private void summed(Gradient gradient) {
        lines.add("Summed over the points");
        for (int l = arch.depth(); l >= 1; l--) {
            add(DETAIL, TextFormat.beside(format.column("dRSS/db_" + l, gradient.db(l)),
                    format.matrix("dRSS/dA_" + l, gradient.dA(l), arch.size(l))));
        }
    }

    /** "2-2-1", or "3-2-1 (features x1,x2,x1*x2)" when the input layer holds features of the inputs. */
    private String network() {
        return arch.describe() + (arch.features() == null ? "" : " (features " + arch.features().describe() + ")");
    }

    private static String at(PointTrace point) {
        return Decimals.point(point.input(), point.y());
    }

    private void add(String indent, List<String> block) {
        lines.addAll(TextFormat.indent(indent, block));
    }
}
