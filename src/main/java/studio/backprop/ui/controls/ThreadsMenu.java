package studio.backprop.ui.controls;

import java.util.function.IntConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import studio.backprop.training.TrainingThreads;

/**
 * How many threads share each iteration: more train a wide network faster, and the numbers stay the same
 * bits whatever the count. One item a count, up to the machine's cores; the default is marked.
 */
public final class ThreadsMenu extends Menu {
    /** More items than this would not fit a menu; a machine with more cores is offered up to this many. */
    static final int MOST_SHOWN = 16;

    /** @param remember told each count the user chooses, to keep it for the next launch */
    public ThreadsMenu(IntConsumer remember) {
        super("Training threads");
        setId("threadsMenu");
        ToggleGroup group = new ToggleGroup();
        for (int n = 1; n <= Math.min(TrainingThreads.CORES, MOST_SHOWN); n++) {
            int threads = n;
            RadioMenuItem item = new RadioMenuItem(n + (n == 1 ? " thread" : " threads")
                    + (n == TrainingThreads.DEFAULT ? " (default: the cores but one)" : ""));
            item.setId("threads" + n);
            item.setToggleGroup(group);
            item.setSelected(n == TrainingThreads.get());
            item.setOnAction(e -> {
                TrainingThreads.set(threads);
                remember.accept(threads);
            });
            getItems().add(item);
        }
    }
}
