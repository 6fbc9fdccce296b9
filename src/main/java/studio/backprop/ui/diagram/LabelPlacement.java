package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.backprop.ui.diagram.Layout.Box;

/**
 * Where each edge's value label goes: centred on its own edge, clear of the nodes and a gap away from every
 * other label, and wherever the room allows crossed by no other edge, so that no label reads as its
 * neighbour's. A label is never put where another edge runs through its number.
 *
 * <p>A small search, run once per layout: the label with the fewest free spots chooses first, trying its
 * spots clear of other edges first, and the search backs up where that leaves another label nowhere,
 * keeping the first placement that labels the most edges; then each label with an edge under it moves to
 * a clear spot if one is free. A budget bounds the search on big networks, which keep the best placement
 * found by then. (A greedy pass in edge order filled the easy middle first and left a_1,3,1, a_1,4,1 and
 * a bias of the chapter's example with nowhere to go.)
 */
final class LabelPlacement {
    /** Where along an edge (from its receiving end) a label may go; nearer 0.3 is preferred. */
    private static final double PREFERRED = 0.3;
    private static final double[] SPOTS = spots();
    private static final int BUDGET = 20_000;

    private final Layout layout;
    private final double slack;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Integer> spotEdge = new ArrayList<>();
    private final List<Integer> spotQuality = new ArrayList<>();
    private int[][] spotsOf;
    private int[][] conflicts;
    private int[] blocked;
    private int[] chosen;
    private int[] best;
    private int bestCount = -1;
    private int visits;

    private LabelPlacement(Layout layout) {
        this.layout = layout;
        this.slack = 3 * layout.scale;
    }

    /** One box per edge of the layout, null where none fits. */
    static Box[] place(Layout layout) {
        return new LabelPlacement(layout).placeAll();
    }

    private static double[] spots() {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            t.add(0.1 + 0.02 * i);
        }
        return t.stream().sorted((a, b) -> Double.compare(Math.abs(a - PREFERRED), Math.abs(b - PREFERRED)))
                .mapToDouble(Double::doubleValue).toArray();
    }

    private Box[] placeAll() {
        int edges = layout.edges.size();
        findSpots();
        chosen = new int[edges];
        Arrays.fill(chosen, -2);
        best = new int[edges];
        Arrays.fill(best, -1);
        blocked = new int[boxes.size()];
        search(0);
        clearOfEdges();
        Box[] labels = new Box[edges];
        for (int k = 0; k < edges; k++) {
            labels[k] = best[k] < 0 ? null : boxes.get(best[k]);
        }
        return labels;
    }

    /** Every spot on every edge that keeps clear of the nodes and inside the network's rows. */
    private void findSpots() {
        List<Box> nodes = new ArrayList<>();
        for (Node[] layer : layout.neurons) {
            for (Node n : layer) {
                nodes.add(Layout.around(n, slack));
                nodes.add(layout.plate(n));
            }
        }
        for (Node b : layout.biases) {
            if (b != null) {
                nodes.add(Layout.around(b, slack));
            }
        }
        spotsOf = new int[layout.edges.size()][];
        for (int k = 0; k < layout.edges.size(); k++) {
            Edge e = layout.edges.get(k);
            List<Integer> own = new ArrayList<>();
            for (double t : SPOTS) {
                Box box = layout.labelBoxAt(e, t);
                int quality = inside(box) && nodes.stream().noneMatch(box::intersects) ? quality(e, box) : 0;
                if (quality > 0) {
                    own.add(boxes.size());
                    boxes.add(box);
                    spotEdge.add(k);
                    spotQuality.add(quality);
                }
            }
            // clear of other edges first; the sort is stable, so nearer the preferred place within each
            own.sort((a, b) -> Integer.compare(spotQuality.get(b), spotQuality.get(a)));
            spotsOf[k] = own.stream().mapToInt(Integer::intValue).toArray();
        }
        conflicts = new int[boxes.size()][];
        for (int a = 0; a < boxes.size(); a++) {
            List<Integer> with = new ArrayList<>();
            for (int b = 0; b < boxes.size(); b++) {
                if (!spotEdge.get(a).equals(spotEdge.get(b)) && !apart(boxes.get(a), boxes.get(b))) {
                    with.add(b);
                }
            }
            conflicts[a] = with.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Branch and bound over the edges still to place, for the most labels: each edge tries its spots best
     * first, so the first placement found with the most labels is also one with few edges under them.
     */
    private void search(int placed) {
        if (++visits > BUDGET && bestCount >= 0 || bestCount == chosen.length) {
            return;
        }
        int k = -1;
        int fewest = Integer.MAX_VALUE;
        int reachable = placed;
        for (int e = 0; e < chosen.length; e++) {
            if (chosen[e] != -2) {
                continue;
            }
            int free = 0;
            for (int s : spotsOf[e]) {
                if (blocked[s] == 0) {
                    free++;
                }
            }
            reachable += free > 0 ? 1 : 0;
            if (free < fewest) {
                fewest = free;
                k = e;
            }
        }
        if (k < 0) {
            if (placed > bestCount) {
                bestCount = placed;
                best = chosen.clone();
            }
            return;
        }
        if (reachable <= bestCount) {
            return;
        }
        for (int s : spotsOf[k]) {
            if (blocked[s] == 0) {
                choose(k, s, 1);
                search(placed + 1);
                choose(k, s, -1);
            }
        }
        chosen[k] = -1; // no label: hovering still reads its value out
        search(placed);
        chosen[k] = -2;
    }

    private void choose(int k, int s, int by) {
        chosen[k] = by > 0 ? s : -2;
        for (int c : conflicts[s]) {
            blocked[c] += by;
        }
    }

    /** Then each label on another edge moves to a free spot clear of all edges, where there is one. */
    private void clearOfEdges() {
        Arrays.fill(blocked, 0);
        for (int s : best) {
            if (s >= 0) {
                for (int c : conflicts[s]) {
                    blocked[c]++;
                }
            }
        }
        for (int k = 0; k < best.length; k++) {
            int now = best[k];
            if (now < 0 || spotQuality.get(now) == 2) {
                continue;
            }
            for (int c : conflicts[now]) {
                blocked[c]--;
            }
            for (int s : spotsOf[k]) {
                if (spotQuality.get(s) == 2 && blocked[s] == 0) {
                    best[k] = s;
                    break;
                }
            }
            for (int c : conflicts[best[k]]) {
                blocked[c]++;
            }
        }
    }

    private boolean inside(Box box) {
        return box.y() >= layout.networkTop && box.y() + box.h() <= layout.networkBottom
                && box.x() >= 0 && box.x() + box.w() <= layout.width;
    }

    /** 2 when no other edge crosses the box, 1 when they only cut its margin, 0 when one runs through its number. */
    private int quality(Edge own, Box box) {
        Box number = textArea(box, layout.scale);
        int q = 2;
        for (Edge e : layout.edges) {
            if (e != own && crosses(e, box)) {
                if (crosses(e, number)) {
                    return 0;
                }
                q = 1;
            }
        }
        return q;
    }

    /** Where a label's number is written: the box less its margins. */
    static Box textArea(Box box, double scale) {
        double mx = 5 * scale;
        double my = 2.5 * scale;
        return new Box(box.x() + mx, box.y() + my, box.w() - 2 * mx, box.h() - 2 * my);
    }

    /** Whether the segment passes through the box: clipped against it, Liang-Barsky style. */
    static boolean crosses(Edge e, Box b) {
        double dx = e.x2() - e.x1();
        double dy = e.y2() - e.y1();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {e.x1() - b.x(), b.x() + b.w() - e.x1(), e.y1() - b.y(), b.y() + b.h() - e.y1()};
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, r);
                } else {
                    hi = Math.min(hi, r);
                }
            }
        }
        return lo <= hi;
    }

    /** A gap between neighbouring labels keeps a stack of them readable as separate numbers. */
    private boolean apart(Box a, Box b) {
        return !new Box(a.x() - slack, a.y() - slack, a.w() + 2 * slack, a.h() + 2 * slack).intersects(b);
    }
}
