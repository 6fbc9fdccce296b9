package studio.backprop.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import studio.backprop.engine.Experiment;
import studio.backprop.testing.FxThread;
import studio.backprop.testing.MemoryPreferences;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.model.StudioModel;

/**
 * A lesson player on the studio's model and session, its window a {@link FakeScreen}. TestFX looks for the
 * {@code @Start} method in the test class itself, so each test class has one that calls {@link #make}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class PlayerTest {
    StudioModel model;
    ExperimentSession session;
    LessonPlayer player;
    final FakeScreen screen = new FakeScreen();

    void make() {
        model = new StudioModel(Experiment.chapter());
        session = new ExperimentSession(new ExperimentEditor(), model, new Settings(new MemoryPreferences()));
        player = new LessonPlayer(session, screen);
    }

    @AfterEach
    void close() throws InterruptedException {
        FxThread.run(player::close);
        model.close();
        assertTrue(model.awaitTermination(2000));
    }
}
