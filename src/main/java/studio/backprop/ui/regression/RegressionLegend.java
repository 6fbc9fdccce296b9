package studio.backprop.ui.regression;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Network;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend.Mark;

/** What the regression plot's legend lists. */
final class RegressionLegend {
    private RegressionLegend() {
    }

    /**
     * What the plot shows, in order: the data, the curve now and at iteration 0, the residuals when shown,
     * and the a·h terms of {@code terms} when they are drawn (else null).
     */
    static List<Item> items(boolean residuals, Network terms) {
        return items(residuals, terms, false, null);
    }

    /**
     * As above, with "held out" beside "data" when some points are held out of training, and the compared
     * runs' curves ({@code runs}, else null) in place of "f(x) now".
     */
    static List<Item> items(boolean residuals, Network terms, boolean heldOut, List<Item> runs) {
        List<Item> items = new ArrayList<>(4);
        items.add(new Item(Mark.DOT, Palette.POINT, heldOut ? "trained on" : "data"));
        if (heldOut) {
            items.add(new Item(Mark.HOLLOW_DOT, Palette.POINT, "held out"));
        }
        if (runs != null) {
            items.addAll(runs);
        } else {
            items.add(new Item(Mark.LINE, Palette.CURVE, "f(x) now"));
        }
        items.add(new Item(Mark.DASHED, Palette.INITIAL_CURVE, "f(x) at iteration 0"));
        if (residuals) {
            items.add(new Item(Mark.RESIDUAL, Palette.RESIDUAL, "residual"));
        }
        if (terms != null) {
            Contributions.addLegendItems(items, terms);
        }
        return items;
    }
}
