package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a box about something in the diagram goes (the hover read-out, the weight editor): where it covers
 * the fewest neurons, then the fewest labels, and among equals nearest the pointer. Beside the pointer
 * first, then anywhere on the canvas: in a crowded diagram every spot next to the pointer covers a
 * neighbouring neuron, while an empty corner a little further off covers none.
 */
final class CalloutSpot {
    /** Covering a neuron costs as much as moving this many pixels (at scale 1) further from the pointer. */
    private static final double NEURON = 300;

    private CalloutSpot() {
    }

    /**
     * @param hit    what the box is about: its nodes and label must stay in sight; may be null
     * @param ax, ay the pointer, or the point the box is about
     */
    static Layout.Box near(Layout layout, Layout.Hit hit, double w, double h, double ax, double ay) {
        double s = layout.scale;
        List<double[]> spots = new ArrayList<>(List.of(new double[] {ax + 16 * s, ay + 18 * s},
                new double[] {ax + 16 * s, ay - 12 * s - h}, new double[] {ax - 16 * s - w, ay + 18 * s},
                new double[] {ax - 16 * s - w, ay - 12 * s - h}, new double[] {ax - w / 2, ay + 22 * s},
                new double[] {ax - w / 2, ay - 16 * s - h}));
        Node node = hit == null ? null : hit.node();
        if (node != null) {
            // beside the node rather than the pointer, which sits inside it
            double beside = Math.max(node.radius(), layout.plateWidth / 2) + 10 * s;
            spots.add(new double[] {node.x() + beside, node.y() - h / 2});
            spots.add(new double[] {node.x() - beside - w, node.y() - h / 2});
        }
        double step = 12 * s;
        for (double x = 2; x <= layout.width - w - 2; x += step) {
            for (double y = 2; y <= layout.height - h - 2; y += step) {
                spots.add(new double[] {x, y});
            }
        }
        Layout.Box best = null;
        double least = Double.MAX_VALUE;
        for (double[] c : spots) {
            double x = Math.max(2, Math.min(c[0], layout.width - w - 2));
            double y = Math.max(2, Math.min(c[1], layout.height - h - 2));
            Layout.Box box = new Layout.Box(x, y, w, h);
            double cost = cost(layout, hit, box) + (box.contains(ax, ay) ? 100 : 0)
                    + Math.hypot(x + w / 2 - ax, y + h / 2 - ay) / (NEURON * s);
            if (cost < least) {
                least = cost;
                best = box;
            }
        }
        return best;
    }

    /** What a box hides: neurons (those it is about most of all), labels, the caption rows. */
    static double cost(Layout layout, Layout.Hit hit, Layout.Box box) {
        double cost = 0;
        for (Node[] l : layout.neurons) {
            for (Node n : l) {
                if (box.intersects(layout.plate(n)) || box.intersects(Layout.around(n, 0))) {
                    cost += about(hit, n) ? 10 : 1;
                }
            }
        }
        for (Node b : layout.biases) {
            cost += b != null && box.intersects(Layout.around(b, 0)) ? 0.5 : 0;
        }
        for (int k = 0; k < layout.labels.length; k++) {
            Layout.Box label = layout.labels[k];
            if (label != null && box.intersects(label)) {
                cost += hit != null && layout.edges.get(k).equals(hit.edge()) ? 10 : 0.15;
            }
        }
        if (hit != null && hit.edge() != null && layout.labels[layout.edges.indexOf(hit.edge())] == null
                && box.intersects(layout.labelBoxAt(hit.edge(), 0.3))) {
            cost += 10;
        }
        cost += box.y() < layout.networkTop ? 0.5 : 0; // over the layer captions
        cost += box.y() + box.h() > layout.networkBottom ? 0.5 : 0; // over the point's caption and the legend
        return cost;
    }

    private static boolean about(Layout.Hit hit, Node n) {
        return hit != null && (n.equals(hit.node()) || hit.edge() != null && hit.edge().touches(n));
    }
}
