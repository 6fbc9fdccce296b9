package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.testing.Await;
import studio.backprop.testing.MemoryPreferences;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.model.StudioModel;

/** A session over a real trainer with in-memory settings, its questions answered and its errors kept. */
final class Harness {
    final StudioModel model = new StudioModel(Experiment.chapter());
    final ExperimentEditor editor = new ExperimentEditor(new Random(1));
    final Settings settings = new Settings(new MemoryPreferences());
    final ExperimentSession session = new ExperimentSession(editor, model, settings);
    final List<String> questions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    /** What the user answers to "Save the changes?". */
    SaveChoice answer = SaveChoice.CANCEL;

    Harness() {
        session.setAskToSave(q -> {
            questions.add(q);
            return answer;
        });
        session.setErrorReporter(errors::add);
    }

    /** Shows a root on the stage with the app's stylesheet. */
    static void show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Harness.class.getResource("/studio/backprop/ui/studio.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    static void await(String what, BooleanSupplier condition) {
        Await.until(what, condition);
    }

    /** Waits until the trainer shows a network of this shape, paused. */
    void awaitArchitecture(Architecture arch) {
        await("the trainer to show " + arch, () -> {
            TrainingSnapshot s = model.getSnapshot();
            return s != null && s.network().architecture().equals(arch);
        });
    }

    void awaitData(DataSet data) {
        await("the trainer to train on the edited data", () -> {
            TrainingSnapshot s = model.getSnapshot();
            return s != null && s.data().equals(data);
        });
    }

    void awaitIteration(long iteration) {
        await("iteration " + iteration, () -> {
            TrainingSnapshot s = model.getSnapshot();
            return s != null && s.iteration() == iteration && !s.running();
        });
    }
}
