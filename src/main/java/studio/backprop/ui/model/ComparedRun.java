package studio.backprop.ui.model;

import java.util.List;
import studio.backprop.training.TrainingSnapshot;

/**
 * One run of a comparison as the views draw it: its place (which picks its colour), its label, its
 * newest snapshot, and whether it is the run the diagram and the worked example show.
 *
 * @param index    from 0, in the order of the runs
 * @param label    "lr=0.1"
 * @param snapshot its newest snapshot; null before its first
 * @param active   true for the run shown in full
 */
public record ComparedRun(int index, String label, TrainingSnapshot snapshot, boolean active) {

    /** The index of the run shown in full among {@code runs}, or -1 (not comparing). */
    public static int shown(List<ComparedRun> runs) {
        for (ComparedRun run : runs) {
            if (run.active()) {
                return run.index();
            }
        }
        return -1;
    }
}
