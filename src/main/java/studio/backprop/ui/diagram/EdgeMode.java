package studio.backprop.ui.diagram;

/** Which number the diagram's edges show: their colour is its sign, their width its size. */
public enum EdgeMode {
    /** The weights and biases themselves. */
    WEIGHT("weights"),
    /** dRSS/dw of the last iteration, summed over all points; before the first, the one the first will use. */
    GRADIENT("gradient dRSS/dw"),
    /** What the last iteration added to each weight: -α dRSS/dw. */
    CHANGE("last change"),
    /** The selected point's own dRSS/dw, its share of the summed gradient of the next iteration. */
    POINT_SHARE("selected point's gradient");

    private final String label;

    EdgeMode(String label) {
        this.label = label;
    }

    /** How a mode chooser names it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
