package studio.backprop.ui.diagram;

import studio.backprop.engine.Architecture;

/** Where the diagram's layers stand, left to right. */
final class ColumnPlacement {
    private ColumnPlacement() {
    }

    /**
     * Column centres from left to right: each gap as wide as the square root of the edges it holds, so the
     * crowded first layers get room for their labels and a lone output edge does not take a third of the
     * width; but never narrower than minGap, which keeps the layer captions apart.
     */
    static double[] columns(Architecture a, double left, double right, double minGap) {
        int depth = a.depth();
        double[] weight = new double[depth + 1];
        for (int l = 1; l <= depth; l++) {
            weight[l] = Math.sqrt((a.size(l - 1) + 1) * a.size(l));
        }
        double[] gap = new double[depth + 1];
        boolean[] least = new boolean[depth + 1];
        boolean changed = depth * minGap < right - left;
        while (changed) {
            changed = false;
            double room = right - left;
            double shared = 0;
            for (int l = 1; l <= depth; l++) {
                room -= least[l] ? minGap : 0;
                shared += least[l] ? 0 : weight[l];
            }
            for (int l = 1; l <= depth; l++) {
                gap[l] = least[l] ? minGap : room * weight[l] / shared;
                if (gap[l] < minGap) {
                    least[l] = true;
                    changed = true;
                }
            }
        }
        double[] x = new double[depth + 1];
        x[0] = left;
        for (int l = 1; l <= depth; l++) {
            x[l] = depth * minGap < right - left ? x[l - 1] + gap[l] : left + (right - left) * l / depth;
        }
        return x;
    }
}
