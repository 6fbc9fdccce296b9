package studio.backprop.ui.map;

import java.util.function.IntPredicate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend.Mark;
import studio.backprop.ui.chart.NiceTicks;

/**
 * The data on the map, coloured by target on the map's own scale in full strength: a class's points
 * in its colour, ringed dark so they read on their own class's field; held-out points hollow, a white
 * disc in a ring of their colour; the selected point ringed in orange, the hovered one enlarged.
 */
final class MapPoints {
    private MapPoints() {
    }

    static double radius(Chart c) {
        return 5 * c.s();
    }

    /**
     * @param at      where point k is drawn (a dragged point at its preview)
     * @param sprites copies of drawn points to use, or null to draw each point afresh
     */
    static void draw(GraphicsContext g, Chart c, DataSet data, MapScale scale, java.util.function.IntFunction<Point2D> at,
                     IntPredicate heldOut, int selected, int hovered, PointSprites sprites) {
        g.setLineDashes();
        for (int k = 0; k < data.size(); k++) {
            Point2D p = at.apply(k);
            Color colour = MapColours.point(scale.signed(data.y(k)));
            if (sprites != null && k != hovered && scale.classes()) {
                sprites.draw(g, c, p.getX(), p.getY(), colour, heldOut.test(k));
            } else {
                point(g, c, p.getX(), p.getY(), colour, heldOut.test(k), k == hovered ? 1.4 : 1);
            }
        }
        if (selected >= 0 && selected < data.size()) {
            Point2D p = at.apply(selected);
            double r = radius(c) + 4 * c.s();
            g.setStroke(Palette.SELECTED);
            g.setLineWidth(3 * c.s());
            g.strokeOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
        }
    }

    static void point(GraphicsContext g, Chart c, double x, double y, Color colour, boolean hollow, double grow) {
        double r = radius(c) * grow;
        if (hollow) {
            double w = 2.5 * c.s();
            g.setFill(Palette.BACKGROUND);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(colour);
            g.setLineWidth(w);
            g.strokeOval(x - r + w / 2, y - r + w / 2, 2 * r - w, 2 * r - w);
            return;
        }
        g.setFill(colour);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Palette.BOUNDARY);
        g.setLineWidth(c.s());
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** The legend above the map: the classes (or the data), held-out points when there are, the boundary. */
    static List<Item> legendItems(MapScale scale, boolean heldOut) {
        List<Item> items = new java.util.ArrayList<>(4);
        if (scale.classes()) {
            items.add(new Item(Mark.DOT, Palette.MAP_LOW, "y = " + NiceTicks.significant(scale.firstClass(), 3)));
            items.add(new Item(Mark.DOT, Palette.MAP_HIGH, "y = " + NiceTicks.significant(scale.secondClass(), 3)));
        } else {
            items.add(new Item(Mark.DOT, Palette.POINT, "data, coloured by y"));
        }
        if (heldOut) {
            items.add(new Item(Mark.HOLLOW_DOT, Palette.POINT, "held out"));
        }
        if (scale.classes()) {
            items.add(new Item(Mark.LINE, Palette.BOUNDARY, "boundary f(x) = " + NiceTicks.significant(scale.middle(), 3)));
        }
        return items;
    }
}
