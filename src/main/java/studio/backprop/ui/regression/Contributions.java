package studio.backprop.ui.regression;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend.Mark;

/**
 * Each last-hidden neuron's term a_(L+1),1,i · h_L,i(x) of the output's Σ: the class sees the network's
 * curve built as a sum of scaled sigmoids (then plus b and through the output's activation).
 *
 * <p>The terms live on Σ's scale, not f(x)'s: in the chapter they reach 10 while f(x) stays within 0..1.
 * Scaling them down to fit f(x)'s axis would make their sum meaningless to read off, so they get their
 * own axis on the right, labelled as Σ terms, and f(x) keeps its own.
 */
final class Contributions {
    static final String AXIS_TITLE = "a·h (Σ terms)";

    private final CurveSampler sampler = new CurveSampler(Contributions::term);

    private static double term(Network net, Predictor at, int i) {
        int out = net.depth();
        return net.weight(out, 0, i) * at.h(out - 1, i);
    }

    /** How many terms a network has: none without a hidden layer, where h_L would be x itself. */
    static int count(Network n) {
        return n.depth() < 2 ? 0 : n.architecture().size(n.depth() - 1);
    }

    /** Samples every term along the first input of the domain. */
    void sample(Network net, InputDomain domain, int samples) {
        sampler.sample(net, domain.lo(0), domain.hi(0), samples, count(net));
    }

    /** The values the right axis must show: all terms, and 0 so their signs read at a glance. */
    double min() {
        return Math.min(0, sampler.min);
    }

    double max() {
        return Math.max(0, sampler.max);
    }

    static Color colour(int i) {
        return Palette.CONTRIBUTIONS.get(i % Palette.CONTRIBUTIONS.size());
    }

    /** Beyond the palette's colours the lines repeat them dashed, so no two look the same. */
    private static boolean dashed(int i) {
        return i >= Palette.CONTRIBUTIONS.size();
    }

    /** Thin lines, so f(x) stays the curve that matters. */
    void stroke(GraphicsContext g, Chart chart, Network net) {
        for (int i = 0; i < count(net); i++) {
            g.setStroke(colour(i));
            g.setLineWidth(1.5 * chart.s());
            if (dashed(i)) {
                g.setLineDashes(6 * chart.s(), 4 * chart.s());
            } else {
                g.setLineDashes();
            }
            sampler.stroke(g, chart, chart.y2, i);
        }
        g.setLineDashes();
    }

    /** "a·h of hidden-2 neuron 1", one per term. */
    static void addLegendItems(List<Item> items, Network net) {
        for (int i = 0; i < count(net); i++) {
            items.add(new Item(dashed(i) ? Mark.THIN_DASHED : Mark.THIN, colour(i),
                    "a·h of hidden-" + (net.depth() - 1) + " neuron " + (i + 1)));
        }
    }
}
