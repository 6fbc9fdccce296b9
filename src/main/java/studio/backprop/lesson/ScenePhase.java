package studio.backprop.lesson;

import java.util.Objects;

/**
 * Where the phase stepper stands when a scene opens: a step of the chapter's iteration and, for the
 * steps done layer by layer, the layer (1 to L+1).
 *
 * @param layer the chapter's l for FORWARD, BACKWARD and EXPAND; 0 for the others
 */
public record ScenePhase(Step step, int layer) {
    /** The chapter's steps, in its order. */
    public enum Step {
        FORWARD, LOSS, BACKWARD, EXPAND, SUM, UPDATE;

        boolean layered() {
            return this == FORWARD || this == BACKWARD || this == EXPAND;
        }
    }

    public ScenePhase {
        Objects.requireNonNull(step, "step");
        if (step.layered() && layer < 1) {
            throw new IllegalArgumentException(Named.id(step) + " needs a layer from 1, as in \"" + Named.id(step) + " 2\"");
        }
        if (!step.layered() && layer != 0) {
            throw new IllegalArgumentException(Named.id(step) + " takes no layer");
        }
    }

    /** "forward 2", "loss": as a set-up writes it. */
    @Override
    public String toString() {
        return step.layered() ? Named.id(step) + " " + layer : Named.id(step);
    }

    /** Reads "forward 2", "loss", ... */
    public static ScenePhase parse(String text) {
        String[] words = text.strip().split("\\s+");
        Step step = Named.byId(Step.class, words[0], "phase");
        if (words.length > 2) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a phase such as \"backward 2\"");
        }
        int layer = words.length == 1 ? 0 : Named.whole(words[1], "the layer");
        return new ScenePhase(step, layer);
    }
}
