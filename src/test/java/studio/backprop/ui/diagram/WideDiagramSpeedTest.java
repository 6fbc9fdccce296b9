package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Initialization;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;

/**
 * A 1-32-32-32-1 network, 2,209 weights and biases, drawn as a graph and as matrices: a frame takes a few
 * milliseconds of drawing on the FX thread (its CPU time: the two-core machine the tests share is often
 * busy), and renders within a few milliseconds of the chapter's 1-4-2-1 (a canvas snapshot less a second one
 * of the same canvas, which only reads the pixels back; the software renderer of the tests spends most of
 * a frame on clearing the canvas and on text, alike for both). Stroked one by one, the edges took 200 ms
 * more to render. The measured times are printed.
 */
@ExtendWith(ApplicationExtension.class)
class WideDiagramSpeedTest {
    private static final Architecture WIDE = Architecture.sigmoid(1, 32, 32, 32, 1);
    private ShownDiagram d;
    private final List<TrainingSnapshot> frames = new ArrayList<>();
    private final List<TrainingSnapshot> chapter = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Experiment e = new Experiment(Initialization.xavier(WIDE, 3), ChapterExample.data(), 0.5);
        for (int k = 0; k < 4; k++) {
            frames.add(Snapshots.trained(e, 1 + k));
            chapter.add(Snapshots.chapter(1 + k));
        }
        d = new ShownDiagram(stage, frames.get(0));
    }

    /** The median milliseconds of CPU the FX thread spends drawing a frame, and of rendering it. */
    private double[] frameMillis(FxRobot robot, DiagramMode mode, List<TrainingSnapshot> frames) throws Exception {
        robot.interact(() -> d.view.diagramModeProperty().set(mode));
        double[] draw = new double[40];

        double[] rendered = new double[40];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int k = -20; k < draw.length; k++) {
            TrainingSnapshot s = frames.get((k + 40) % frames.size());
            double[] took = WaitForAsyncUtils.asyncFx(() -> {
                long startCpu = cpu.getCurrentThreadCpuTime();
                d.snapshot.set(s);
                d.view.layout();
                long drawnCpu = cpu.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                d.view.canvas().snapshot(null, null);
                long done = System.nanoTime();
                d.view.canvas().snapshot(null, null);
                long readBack = System.nanoTime() - done;
                return new double[] {(drawnCpu - startCpu) / 1e6, (done - start - readBack) / 1e6};
            }).get(10, TimeUnit.SECONDS);
            if (k >= 0) {
                draw[k] = took[0];
                rendered[k] = took[1];
            }
        }
        Arrays.sort(draw);
        Arrays.sort(rendered);
        double[] median = {draw[draw.length / 2], rendered[rendered.length / 2]};
        System.out.printf("%s as %s: %.1f ms drawing (FX thread CPU), %.1f ms rendering (medians)%n",
                frames.get(0).network().architecture().describe(), mode, median[0], median[1]);
        return median;
    }

    @Test
    void aWideNetworkDrawsAsAGraphWithinAFewMillisecondsAFrame(FxRobot robot) throws Exception {
        double[] small = frameMillis(robot, DiagramMode.GRAPH, chapter);
        double[] ms = frameMillis(robot, DiagramMode.GRAPH, frames);
        assertTrue(d.view.diagramLayout().dense, "small discs, faint edges");
        assertTrue(ms[0] < 8, ms[0] + " ms drawing a frame");
        assertTrue(ms[1] - small[1] < 8, ms[1] + " ms rendering a frame, the chapter's " + small[1]);
    }

    @Test
    void aWideNetworkDrawsAsMatricesWithinAFewMillisecondsAFrame(FxRobot robot) throws Exception {
        double[] small = frameMillis(robot, DiagramMode.GRAPH, chapter);
        double[] ms = frameMillis(robot, DiagramMode.MATRICES, frames);
        assertTrue(ms[0] < 8, ms[0] + " ms drawing a frame");
        assertTrue(ms[1] - small[1] < 8, ms[1] + " ms rendering a frame, the chapter's " + small[1]);
    }
}
