package studio.backprop.cli;

import java.nio.file.Path;
import java.util.List;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Variant;
import studio.backprop.io.OpenedLesson;
import studio.backprop.model.SavedExperiment;

/**
 * What the window opens on, from the command line without a subcommand.
 *
 * @param experiment the network, data and learning rate to train
 * @param screenshot where to write the window as PNG and exit, or null to stay open
 * @param iterations iterations to train before the picture (or on opening)
 * @param width      window width in pixels
 * @param height     window height in pixels
 * @param title      what the window's title names: "chapter example" or the files
 * @param presentation start in presentation mode (larger text, thicker lines)
 * @param open       a saved experiment to open (already read and checked), or null
 * @param openFile   the file it was read from, or null
 * @param point      the data point to select, from 0
 * @param worked     show the worked example beside the views
 * @param experimentPanel show the experiment panel beside the views
 * @param preset     the id of the preset to open, or null
 * @param measure    seconds a round of the speed check lasts ({@code --measure}), or 0 for none
 * @param compare    the variants to compare side by side ({@code --compare}), or empty
 * @param measureStartup print the milliseconds from the JVM's start to the first frame, then exit
 * @param lesson     a lesson to open ({@code --lesson}), read and checked, or null
 * @param scene      the scene it opens at, from 0
 */
public record WindowOptions(Experiment experiment, Path screenshot, long iterations, int width, int height,
                            String title, boolean presentation, SavedExperiment open, Path openFile, int point,
                            boolean worked, boolean experimentPanel, String preset, int measure,
                            List<Variant> compare, boolean measureStartup, OpenedLesson lesson, int scene) {

    /** True when the command line chose what to train; otherwise the window opens the chapter's example. */
    public boolean custom() {
        return open != null || preset != null || !experiment.equals(Experiment.chapter());
    }

    /** The chapter's example in a 1280x800 window. */
    public static WindowOptions defaults() {
        return new WindowOptions(Experiment.chapter(), null, 0, 1280, 800, "chapter example", false, null, null, 0,
                false, false, null, 0, List.of(), false, null, 0);
    }

    /** The same window, timed from the JVM's start to its first frame ({@code --measure-startup}). */
    WindowOptions timingStartup() {
        return new WindowOptions(experiment, screenshot, iterations, width, height, title, presentation, open, openFile,
                point, worked, experimentPanel, preset, measure, compare, true, lesson, scene);
    }
}
