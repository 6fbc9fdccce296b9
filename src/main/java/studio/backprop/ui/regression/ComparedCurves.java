package studio.backprop.ui.regression;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend.Mark;
import studio.backprop.ui.model.ComparedRun;

/**
 * Every compared run's curve f(x) over the same data, each in its run's colour: the run shown in full
 * drawn last and thickest, so a class can follow it through the others.
 */
final class ComparedCurves {
    private final List<CurveSampler> samplers = new ArrayList<>();
    private List<ComparedRun> runs = List.of();
    double min;
    double max;

    /** Samples each run's curve but the one shown, which the view samples as its own (none when not comparing). */
    void sample(List<ComparedRun> compared, double from, double to, int n) {
        runs = compared;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        while (samplers.size() < runs.size()) {
            samplers.add(new CurveSampler());
        }
        for (int k = 0; k < runs.size(); k++) {
            if (!runs.get(k).active() && runs.get(k).snapshot() != null) {
                CurveSampler sampler = samplers.get(k);
                sampler.sample(runs.get(k).snapshot().network(), from, to, n);
                min = Math.min(min, sampler.min);
                max = Math.max(max, sampler.max);
            }
        }
    }

    boolean comparing() {
        return !runs.isEmpty();
    }

    /** The runs other than the one shown, thinner; the shown one is drawn by the view as its own curve. */
    void strokeOthers(GraphicsContext g, Chart chart) {
        g.setLineDashes();
        g.setLineWidth(chart.curveWidth() * 0.75);
        for (int k = 0; k < runs.size(); k++) {
            if (!runs.get(k).active() && runs.get(k).snapshot() != null) {
                g.setStroke(Palette.run(runs.get(k).index()));
                samplers.get(k).stroke(g, chart);
            }
        }
    }

    /** The colour of the run shown in full; the curve's own blue when not comparing. */
    javafx.scene.paint.Color shownColour() {
        int shown = ComparedRun.shown(runs);
        return shown < 0 ? Palette.CURVE : Palette.run(shown);
    }

    /** One legend entry a run, in place of "f(x) now". */
    List<Item> legendItems() {
        List<Item> items = new ArrayList<>();
        for (ComparedRun run : runs) {
            items.add(new Item(Mark.LINE, Palette.run(run.index()), run.label()));
        }
        return items;
    }
}
