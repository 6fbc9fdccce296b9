package studio.backprop.lesson;

/** What the diagram's edges (or matrices' cells) show: weights, the last gradient, the last change, the point's share. */
public enum SceneEdges {
    WEIGHTS, GRADIENT, CHANGE, POINT;

    /** As a set-up writes it: "weights". */
    public String id() {
        return Named.id(this);
    }
}
