package studio.backprop.io;

import java.nio.file.Path;
import studio.backprop.engine.Architecture;
import studio.backprop.model.SavedExperiment;

/** What the window can show today: one input and one output. The command line trains any shape. */
public final class WindowShape {
    private WindowShape() {
    }

    /** The experiment as read, or why the window cannot show it; nothing is opened then. */
    public static SavedExperiment require(SavedExperiment saved, Path file) throws InputException {
        Architecture shape = saved.network().architecture();
        if (shape.inputs() != 1 || shape.outputs() != 1) {
            throw new InputException(TextFile.name(file), "a network of " + shape.inputs() + " input(s) and "
                    + shape.outputs() + " output(s); the window shows one input and one output for now"
                    + " (train, explain and gradcheck take it on the command line)");
        }
        return saved;
    }
}
