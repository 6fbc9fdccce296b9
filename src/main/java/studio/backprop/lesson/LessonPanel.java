package studio.backprop.lesson;

/**
 * The panels beside the views a scene may open: the experiment panel on the left; on the right one of the
 * worked example, the chapter's table and the gradient check, which take turns there as tabs.
 */
public enum LessonPanel {
    EXPERIMENT, WORKED, TABLE, GRADIENT_CHECK;

    /** As a set-up writes it: "gradient-check". */
    public String id() {
        return Named.id(this);
    }

    /** True for the panels that share the right-hand side as tabs. */
    public boolean onTheRight() {
        return this != EXPERIMENT;
    }
}
