package studio.backprop.ui.diagram;

import java.io.File;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Initialization;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.model.Phase;

/** Not a test: writes PNGs under /tmp/diagram to look at. Run with -Ddiagram.png=true. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "diagram.png", matches = "true")
class RenderPngs {
    private static final File DIR = new File("/tmp/diagram");

    @Start
    void start(Stage stage) {
    }

    @Test
    void render(FxRobot robot) {
        TrainingSnapshot c0 = Snapshots.chapter(0);
        TrainingSnapshot c1 = Snapshots.chapter(1);
        TrainingSnapshot c100k = Snapshots.chapter(100_000);
        TrainingSnapshot wide = Snapshots.of(Initialization.scaledNormal(Architecture.sigmoid(1, 8, 8, 1), 7),
                ChapterExample.data());
        TrainingSnapshot deep = Snapshots.of(Initialization.scaledNormal(Architecture.sigmoid(1, 8, 8, 8, 1), 7),
                ChapterExample.data());
        robot.interact(() -> {
            for (double[] size : new double[][] {{640, 420}, {1000, 650}}) {
                for (boolean presentation : new boolean[] {false, true}) {
                    String suffix = (int) size[0] + (presentation ? "-presentation" : "") + ".png";
                    write(c0, size, presentation, "chapter-0-" + suffix, 0);
                    write(c100k, size, presentation, "chapter-100000-" + suffix, 2);
                    write(wide, size, presentation, "1-8-8-1-" + suffix, 0);
                }
            }
            write(deep, new double[] {1000, 650}, false, "1-8-8-8-1-1000.png", 0);
            NetworkDiagramView view = view(c1, 0, false);
            Png.write(view, 1000, 650, Double.NaN, Double.NaN, new File(DIR, "tmp.png"));
            Edge a211 = view.diagramLayout().edge(2, 0, 0);
            Png.write(new NetworkDiagramView(new SimpleObjectProperty<>(c1), new SimpleIntegerProperty(0)), 1000, 650,
                    a211.midX(), a211.midY(), new File(DIR, "chapter-1-hover-edge-1000.png"));
            Node n = view.diagramLayout().neuron(1, 0);
            Png.write(new NetworkDiagramView(new SimpleObjectProperty<>(c1), new SimpleIntegerProperty(0)), 1000, 650,
                    n.x(), n.y(), new File(DIR, "chapter-1-hover-neuron-1000.png"));
            NetworkDiagramView d = view(wide, 0, false);
            Png.write(d, 640, 420, Double.NaN, Double.NaN, new File(DIR, "tmp.png"));
            Edge e = d.diagramLayout().edge(2, 3, 5);
            Png.write(view(wide, 0, false), 640, 420, e.midX(), e.midY(), new File(DIR, "1-8-8-1-hover-640.png"));
            modesAndPhases(c0, c1, c100k);
        });
    }

    /** Every edge mode and the stepper's phases, under /tmp/neurons. */
    private static void modesAndPhases(TrainingSnapshot... snapshots) {
        File dir = new File("/tmp/neurons");
        for (TrainingSnapshot s : snapshots) {
            for (double[] size : new double[][] {{640, 420}, {1000, 650}}) {
                for (boolean presentation : new boolean[] {false, true}) {
                    String suffix = s.iteration() + "-" + (int) size[0] + (presentation ? "-pres" : "") + ".png";
                    for (EdgeMode mode : EdgeMode.values()) {
                        NetworkDiagramView v = view(s, 1, presentation);
                        v.edgeModeProperty().set(mode);
                        Png.write(v, size[0], size[1], new File(dir, mode.name().toLowerCase() + "-" + suffix));
                    }
                    for (Phase phase : Phase.sequence(s.network().depth())) {
                        NetworkDiagramView v = view(s, 1, presentation);
                        v.activePhaseProperty().set(phase);
                        Png.write(v, size[0], size[1], new File(dir, "phase-" + phase.kind().name().toLowerCase()
                                + phase.layer() + "-" + suffix));
                    }
                }
            }
        }
    }

    private static NetworkDiagramView view(TrainingSnapshot s, int point, boolean presentation) {
        NetworkDiagramView view = new NetworkDiagramView(new SimpleObjectProperty<>(s), new SimpleIntegerProperty(point));
        view.presentationProperty().set(presentation);
        return view;
    }

    private static void write(TrainingSnapshot s, double[] size, boolean presentation, String name, int point) {
        Png.write(view(s, point, presentation), size[0], size[1], new File(DIR, name));
    }
}
