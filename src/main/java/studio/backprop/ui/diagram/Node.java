package studio.backprop.ui.diagram;

/**
 * Where a neuron or a bias node sits. {@code index} counts from 0 within its layer; a bias node has
 * index {@link #BIAS} and feeds layer {@code layer + 1}.
 */
record Node(int layer, int index, double x, double y, double radius) {
    static final int BIAS = -1;

    boolean isBias() {
        return index == BIAS;
    }

    /** Circle containment for neurons, the square for bias nodes; a little slack for shaky hands. */
    boolean contains(double px, double py, double slack) {
        return contains(px, py, slack, isBias());
    }

    /** As above, within the square round the circle where {@code square}: a neuron drawn as its map. */
    boolean contains(double px, double py, double slack, boolean square) {
        double dx = px - x;
        double dy = py - y;
        if (square) {
            return Math.abs(dx) <= radius + slack && Math.abs(dy) <= radius + slack;
        }
        return dx * dx + dy * dy <= (radius + slack) * (radius + slack);
    }
}
