package studio.backprop.ui.worked;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Initialization;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.Presets;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.ui.Palette;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;

/**
 * Not a test: pictures of the panel to look at, as the class would see it, written to the folder
 * named by {@code -Dworked.png=/tmp/worked}; skipped without it.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "worked.png", matches = ".+")
class WorkedExamplePictures {
    private final List<StudioModel> models = new ArrayList<>();

    @AfterEach
    void close() throws InterruptedException {
        for (StudioModel m : models) {
            m.close();
            m.awaitTermination(2000);
        }
        Fx.run(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void writePictures() throws IOException {
        for (int[] size : new int[][] {{700, 800}, {1000, 900}}) {
            for (boolean presentation : new boolean[] {false, true}) {
                for (int point : new int[] {0, 1}) {
                    picture(size[0], size[1], presentation, point, null);
                }
                picture(size[0], size[1], presentation, 0, new Phase(Phase.Kind.BACKWARD, 2));
            }
        }
        picture(1000, 900, false, 2, new Phase(Phase.Kind.UPDATE, 0));
        picture(700, 800, false, 2, new Phase(Phase.Kind.UPDATE, 0));
        Experiment big = new Experiment(Initialization.scaledNormal(Architecture.sigmoid(1, 8, 8, 1), 3),
                ChapterExample.data(), 0.01);
        picture(big, 1000, 900, false, 0, new Phase(Phase.Kind.FORWARD, 2), "-8x8");
        picture(big, 1000, 900, false, 0, new Phase(Phase.Kind.EXPAND, 2), "-8x8");
        beyondTheChapter();
    }

    /** A two-input point: the spiral preset's 2-8-8-1 after 100 updates, and a 2-3-2 network of two targets. */
    @Test
    void writeTwoInputPictures() throws IOException {
        Experiment spiral = Presets.get("spiral").experiment();
        for (boolean presentation : new boolean[] {false, true}) {
            for (Phase.Kind kind : new Phase.Kind[] {Phase.Kind.FORWARD, Phase.Kind.LOSS, Phase.Kind.EXPAND}) {
                picture(spiral, 1000, 900, presentation, 4, new Phase(kind, kind == Phase.Kind.LOSS ? 0 : 1), "-spiral", 100);
            }
        }
        picture(spiral, 700, 800, false, 4, new Phase(Phase.Kind.EXPAND, 1), "-spiral", 100);
        Experiment twoByTwo = new Experiment(Initialization.scaledNormal(Architecture.sigmoid(2, 3, 2), 3),
                new DataSet(2, 2, new double[] {0.5, -1, 1, 2}, new double[] {1, 0, 0, 1}), 0.1);
        for (Phase.Kind kind : new Phase.Kind[] {Phase.Kind.LOSS, Phase.Kind.EXPAND, Phase.Kind.SUM}) {
            picture(twoByTwo, 1000, 900, false, 0, new Phase(kind, kind == Phase.Kind.EXPAND ? 1 : 0), "-2x3x2", 0);
        }
    }

    /** The sum and the update of the other optimisers, a batch and a penalty, after three updates. */
    private void beyondTheChapter() throws IOException {
        Experiment chapter = Experiment.chapter();
        Map<String, Experiment> variants = new LinkedHashMap<>();
        variants.put("-momentum", chapter.withOptimizer(OptimizerSpec.of("momentum", Map.of())));
        variants.put("-adam", chapter.withOptimizer(OptimizerSpec.of("adam", Map.of())));
        variants.put("-sgd2", chapter.withOptimizer(OptimizerSpec.of("sgd", Map.of()))
                .withOptions(TrainingOptions.CHAPTER.withBatchSize(2)));
        variants.put("-l2l1", chapter.withOptions(TrainingOptions.CHAPTER.withPenalty(new Penalty(0.001, 0.01))));
        for (var v : variants.entrySet()) {
            for (boolean presentation : new boolean[] {false, true}) {
                for (Phase.Kind kind : new Phase.Kind[] {Phase.Kind.SUM, Phase.Kind.UPDATE}) {
                    picture(v.getValue(), 1000, 900, presentation, 0, new Phase(kind, 0), v.getKey(), 3);
                }
            }
        }
    }

    private void picture(int width, int height, boolean presentation, int point, Phase phase) throws IOException {
        picture(Experiment.chapter(), width, height, presentation, point, phase, "");
    }

    private void picture(Experiment experiment, int width, int height, boolean presentation, int point, Phase phase,
                         String suffix) throws IOException {
        picture(experiment, width, height, presentation, point, phase, suffix, 0);
    }

    private void picture(Experiment experiment, int width, int height, boolean presentation, int point, Phase phase,
                         String suffix, int iterations) throws IOException {
        StudioModel model = new StudioModel(experiment);
        models.add(model);
        if (iterations > 0) {
            model.step(iterations);
            Fx.await(iterations + " iterations", () -> model.getSnapshot() != null
                    && model.getSnapshot().iteration() == iterations && !model.getSnapshot().running());
        }
        WorkedExamplePanel panel = Fx.call(() -> {
            model.presentationProperty().set(presentation);
            model.selectedPointProperty().set(point);
            WorkedExamplePanel p = new WorkedExamplePanel(model);
            // As inside the window: its stylesheet, and its presentation class that enlarges text.
            BorderPane root = new BorderPane(p);
            root.getStyleClass().add("main-window");
            if (presentation) {
                root.getStyleClass().add("presentation");
            }
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(Palette.class.getResource("studio.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return p;
        });
        Fx.awaitShown(panel, model, point);
        if (phase != null) {
            Fx.run(() -> {
                panel.start();
                while (!phase.equals(model.activePhaseProperty().get())) {
                    panel.next();
                }
            });
            Fx.awaitShown(panel, model, point);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            Fx.awaitShown(panel, model, point);
        }
        String name = String.format("worked%s-%dx%d%s-point%d%s.png", suffix, width, height,
                presentation ? "-presentation" : "", point + 1,
                phase == null ? "" : "-" + phase.kind().name().toLowerCase() + phase.layer());
        File dir = new File(System.getProperty("worked.png"));
        dir.mkdirs();
        var image = Fx.call(() -> panel.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name));
    }
}
