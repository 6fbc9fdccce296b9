package studio.backprop.lesson;

/** The live views a scene may show: the regression plot, the network diagram, the loss history. */
public enum LessonView {
    REGRESSION, NETWORK, LOSS;

    /** As a set-up writes it: "regression". */
    public String id() {
        return Named.id(this);
    }
}
