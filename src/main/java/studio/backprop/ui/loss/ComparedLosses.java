package studio.backprop.ui.loss;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend.Mark;
import studio.backprop.ui.model.ComparedRun;

/**
 * Every compared run's loss in the same axes, each in its run's colour (held-out RSS dashed), with a
 * legend of the runs; a run that diverged ends in a cross and says where in the legend.
 */
final class ComparedLosses {
    private final List<BucketPath> paths = new ArrayList<>();
    private List<ComparedRun> runs = List.of();

    void set(List<ComparedRun> compared) {
        runs = compared;
        while (paths.size() < 2 * runs.size()) {
            paths.add(new BucketPath());
        }
    }

    boolean comparing() {
        return !runs.isEmpty();
    }

    /** The furthest iteration any run has reached. */
    long lastIteration(long shown) {
        long last = shown;
        for (ComparedRun run : runs) {
            if (run.snapshot() != null) {
                last = Math.max(last, run.snapshot().iteration());
            }
        }
        return last;
    }

    /** Widens the RSS range {lo, hi} to every run's values. */
    void widen(double[] range) {
        for (ComparedRun run : runs) {
            TrainingSnapshot s = run.snapshot();
            if (s != null) {
                LossHistoryView.widen(range, s.history(), s.rss());
                if (s.beyond().holdsOut()) {
                    LossHistoryView.widen(range, s.beyond().heldOutHistory(), s.beyond().heldOutRss());
                }
            }
        }
    }

    /** The runs not shown in full, each in its colour; the view draws the shown one over them. */
    void drawOthers(GraphicsContext g, LossHistoryView view, Chart chart) {
        for (int k = 0; k < runs.size(); k++) {
            ComparedRun run = runs.get(k);
            TrainingSnapshot s = run.snapshot();
            if (run.active() || s == null) {
                continue;
            }
            Color colour = Palette.run(run.index());
            if (s.beyond().holdsOut()) {
                paths.get(2 * k + 1).draw(g, s.beyond().heldOutHistory(), s.iteration(), s.beyond().heldOutRss(),
                        view, chart, colour, Color.TRANSPARENT, true);
            }
            // Only the run shown keeps its min-max band: four bands over each other would hide the lines.
            paths.get(2 * k).draw(g, s.history(), s.iteration(), s.rss(), view, chart, colour, Color.TRANSPARENT,
                    false);
        }
    }

    /** Each run's newest value as a dot, and a cross where a run diverged. */
    void drawEnds(GraphicsContext g, LossHistoryView view, Chart chart) {
        for (ComparedRun run : runs) {
            TrainingSnapshot s = run.snapshot();
            if (s == null) {
                continue;
            }
            Color colour = Palette.run(run.index());
            BucketPath.drawCurrent(g, s.iteration(), s.rss(), view, chart, colour);
            if (s.divergence() != null) {
                double x = view.xOf(s.iteration());
                double y = view.yOf(s.rss());
                double r = 7 * chart.s();
                g.setStroke(colour);
                g.setLineWidth(3 * chart.s());
                g.strokeLine(x - r, y - r, x + r, y + r);
                g.strokeLine(x - r, y + r, x + r, y - r);
            }
        }
    }

    /** The colour of the run shown in full; the loss's own green when not comparing. */
    Color shownColour() {
        int shown = ComparedRun.shown(runs);
        return shown < 0 ? Palette.LOSS : Palette.run(shown);
    }

    /** One entry a run: its label, and where it diverged if it did. */
    List<Item> legendItems() {
        List<Item> items = new ArrayList<>();
        for (ComparedRun run : runs) {
            TrainingSnapshot s = run.snapshot();
            String diverged = s != null && s.divergence() != null
                    ? String.format(java.util.Locale.ROOT, " (diverged at %,d)", s.divergence().iteration()) : "";
            items.add(new Item(Mark.LINE, Palette.run(run.index()), run.label() + diverged));
        }
        return items;
    }
}
