package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import studio.backprop.app.BackpropStudioApp;
import studio.backprop.engine.Experiment;
import studio.backprop.testing.Await;
import studio.backprop.testing.MemoryPreferences;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.model.StudioModel;

/** The whole window on the chapter's example at 1280x800, as the app builds it, for TestFX tests. */
final class ShownWindow {
    final StudioModel model;
    final MainWindow window;

    private ShownWindow(StudioModel model, MainWindow window) {
        this.model = model;
        this.window = window;
    }

    static ShownWindow on(Stage stage) {
        StudioModel model = new StudioModel(Experiment.chapter());
        MainWindow window = new MainWindow(model, new ExperimentSession(new ExperimentEditor(), model,
                new Settings(new MemoryPreferences())));
        Scene scene = BackpropStudioApp.createScene(window, 1280, 800);
        KeyBindings.install(scene, window, stage);
        stage.setScene(scene);
        stage.sizeToScene(); // an earlier test class may have left the stage at another size
        stage.show();
        return new ShownWindow(model, window);
    }

    /** Ends training and checks its thread is gone. */
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    static void await(String what, BooleanSupplier condition) {
        Await.until(what, condition);
    }
}
