package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.GradientDescent;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.OptimizerKind;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.WeightArrays;

/**
 * A kind of optimiser handed to the panel appears with a field for each setting, and choosing it or
 * typing a setting is an undoable edit that the trainer takes up.
 */
@ExtendWith(ApplicationExtension.class)
class OptimizerEditorTest {
    /** Gradient descent under another name, with one setting: enough to show what the editor builds. */
    private static final OptimizerKind DAMPED = new OptimizerKind("damped", "Damped descent", Map.of("mu", 0.5),
            (architecture, settings) -> new Renamed(new GradientDescent(architecture)));

    /** An optimiser that says which it is, so the trainer can be seen to use it. */
    private record Renamed(Optimizer inner) implements Optimizer {
        @Override
        public String id() {
            return "damped";
        }

        @Override
        public boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next) {
            return inner.update(now, gradient, learningRate, next);
        }

        @Override
        public void advance() {
            inner.advance();
        }

        @Override
        public void undo() {
            inner.undo();
        }

        @Override
        public WeightArrays lastChange() {
            return inner.lastChange();
        }

        @Override
        public Optimizer copy() {
            return new Renamed(inner.copy());
        }
    }
    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new OptimizerEditor(h.editor, List.of(GradientDescent.KIND, DAMPED)), 340, 300);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<OptimizerKind> kinds(FxRobot robot) {
        return robot.lookup("#optimizer").queryAs(ComboBox.class);
    }

    @Test
    void itShowsTheChaptersGradientDescentWithNoSettings(FxRobot robot) {
        assertSame(GradientDescent.KIND, kinds(robot).getValue());
        assertFalse(robot.lookup("#optimizer-mu").tryQuery().isPresent());
    }

    @Test
    void choosingAKindTrainsWithItAtItsDefaults(FxRobot robot) {
        robot.interact(() -> kinds(robot).setValue(DAMPED));

        assertEquals(new OptimizerSpec(DAMPED, Map.of("mu", 0.5)), h.editor.state().optimizer());
        assertEquals("0.5", robot.lookup("#optimizer-mu").queryTextInputControl().getText());
        Harness.await("the trainer to take the optimiser",
                () -> h.model.getSnapshot() != null && h.model.getSnapshot().optimizer().id().equals("damped"));
    }

    @Test
    void aTypedSettingIsOneEditThatUndoes(FxRobot robot) {
        robot.interact(() -> kinds(robot).setValue(DAMPED));

        robot.doubleClickOn("#optimizer-mu").eraseText(3).write("0.8").type(KeyCode.ENTER);

        assertEquals(0.8, h.editor.state().optimizer().settings().get("mu"));
        robot.interact(h.editor::undo);
        assertEquals(0.5, h.editor.state().optimizer().settings().get("mu"));
    }
}
