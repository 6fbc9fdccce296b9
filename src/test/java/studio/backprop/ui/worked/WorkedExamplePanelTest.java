package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.IterationTrace;
import studio.backprop.ui.model.Phase.Kind;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.worked.PanelSteps.Step;

/** The panel on the chapter's example at iteration 0, headless. */
@ExtendWith(ApplicationExtension.class)
class WorkedExamplePanelTest {
    private StudioModel model;
    private WorkedExamplePanel panel;

    @Start
    void start(Stage stage) {
        model = new StudioModel(Experiment.chapter());
        panel = new WorkedExamplePanel(model);
        stage.setScene(new Scene(panel, 900, 800));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    private List<Step> stepsFor(int point) {
        Fx.run(() -> model.selectedPointProperty().set(point));
        Fx.awaitShown(panel, model, point);
        return Fx.call(panel::getSteps);
    }

    private static String latex(List<Step> steps, Kind kind, int layer) {
        Phase phase = new Phase(kind, layer);
        return steps.stream().filter(s -> s.phase().equals(phase)).findFirst().orElseThrow().latex();
    }

    /** A column vector exactly as typeset. */
    private static String column(String... entries) {
        return "\\begin{bmatrix} " + String.join(" \\\\ ", entries) + " \\end{bmatrix}";
    }

    private static void assertShows(String latex, String... parts) {
        for (String part : parts) {
            assertTrue(latex.contains(part), "expected " + part + " in " + latex);
        }
    }

    @Test
    void thePanelShowsTheChaptersNumbersForEveryPoint() {
        List<List<Step>> points = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            points.add(stepsFor(p));
        }
        List<Step> one = points.get(0);
        assertShows(latex(one, Kind.FORWARD, 1), column("0.320821", "0.851953", "0.037327", "0.985936"));
        assertShows(latex(one, Kind.FORWARD, 2), column("-0.772259", "-2.267367"));
        assertShows(latex(one, Kind.FORWARD, 3), column("0.831812"));
        assertShows(latex(one, Kind.BACKWARD, 3), "2 \\left( " + column("0.831812") + " - " + column("0") + " \\right)",
                "= " + column("1.663624"));
        assertShows(latex(one, Kind.BACKWARD, 2), column("2.327422", "2.327422"));
        assertShows(latex(one, Kind.BACKWARD, 1), column("5.030502", "5.030502", "1.979515", "1.979515"));
        assertShows(latex(one, Kind.EXPAND, 2), column("0.503050", "0.197951"));
        assertShows(latex(one, Kind.EXPAND, 3), "0.073544 & 0.021846");
        List<Step> two = points.get(1);
        assertShows(latex(two, Kind.FORWARD, 1), column("0.500000", "0.500000", "-2.000000", "3.000000"));
        assertShows(latex(two, Kind.FORWARD, 2), column("0.487299", "0.144028"));
        assertShows(latex(two, Kind.BACKWARD, 3), "= " + column("-0.043198"));
        assertShows(latex(two, Kind.BACKWARD, 1), column("-0.022807", "-0.022807", "-0.011254", "-0.011254"));
        assertShows(latex(points.get(2), Kind.EXPAND, 3), column("0.020099"));
        assertShows(latex(points.get(2), Kind.EXPAND, 2), "0.037011 & 0.013937 & 0.013937 & 0.037011");
        assertShows(latex(points.get(3), Kind.EXPAND, 1), column("-0.000381", "-0.000886", "-0.004020", "-0.004020"));
        assertShows(latex(points.get(4), Kind.EXPAND, 1), column("0.027448", "0.071131", "0.634493", "1.096121"));
        for (List<Step> steps : points) {
            assertShows(latex(steps, Kind.SUM, 0), column("0.483758"), "0.391076 & 0.448347 & 0.200388 & 0.593621",
                    column("1.172495", "0.793742", "0.793742", "1.172495"));
            assertShows(latex(steps, Kind.UPDATE, 0), column("4.999469", "-5.001162", "4.993225", "-5.011194"),
                    column("-12.507410", "-12.507410"), column("-2.504838"), "9.998988 & 9.998988");
        }
    }

    @Test
    void everyFormulaIsTypesetIntoAnImageWithInk() {
        Fx.awaitShown(panel, model, 0);
        for (Phase phase : Phase.sequence(3)) {
            FormulaView view = Fx.call(() -> panel.formulaView(phase));
            Image image = Fx.call(view::getImage);
            assertNull(Fx.call(view::getError), phase + " parses");
            assertNotNull(image, phase + " typeset");
            assertTrue(image.getWidth() > 50 && image.getHeight() > 20, phase + " has a size");
            assertTrue(darkPixels(image) > 100, phase + " has ink");
        }
    }

    private static int darkPixels(Image image) {
        PixelReader r = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                var c = r.getColor(x, y);
                if (c.getOpacity() > 0.5 && c.getBrightness() < 0.4) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void choosingAnotherPointInTheListShowsItsSteps() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(() -> panel.toolbar().pointChoice().getSelectionModel().select(1));
        Fx.awaitShown(panel, model, 1);
        assertEquals(1, Fx.call(() -> model.selectedPointProperty().get()));
        assertShows(Fx.call(() -> panel.formulaView(new Phase(Kind.FORWARD, 1)).getLatex()),
                "\\vec{x} = \\begin{bmatrix} 0.25 \\end{bmatrix}");
        assertEquals("point 2: (0.25, 1)", Fx.call(() -> {
            var choice = panel.toolbar().pointChoice();
            return choice.getConverter().toString(choice.getValue());
        }));
    }

    @Test
    void fewerDecimalsRoundTheNumbers() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(() -> panel.decimalsProperty().set(3));
        Fx.await("3 decimals", () -> panel.isSettled()
                && panel.formulaView(new Phase(Kind.FORWARD, 1)).getLatex().contains("0.321 \\\\ 0.852"));
        assertEquals(3, Fx.call(() -> panel.toolbar().decimals().getValue()));
    }

    @Test
    void whileTrainingRunsThePanelFollowsAtMostFourTimesASecondAndShowsTheStateItPausedAt() {
        Fx.awaitShown(panel, model, 0);
        long before = Fx.call(panel::updatesShown);
        long start = System.nanoTime();
        model.run();
        Fx.await("a few updates", () -> panel.updatesShown() >= before + 3);
        model.pause();
        Fx.await("paused", () -> !model.runningProperty().get());
        double seconds = (System.nanoTime() - start) / 1e9;
        Fx.awaitShown(panel, model, 0);
        long updates = Fx.call(panel::updatesShown) - before;
        assertTrue(updates <= 4 * seconds + 2, updates + " updates in " + seconds + " s");
        assertEquals(Fx.call(() -> model.getSnapshot().iteration()), Fx.call(() -> panel.traceProperty().get().iteration()));
        assertTrue(Fx.call(() -> model.getSnapshot().iteration()) > 0, "it did train");
    }

    @Test
    void exportHandsTheShownIterationToTheHandler(FxRobot robot) {
        Fx.awaitShown(panel, model, 0);
        assertTrue(Fx.call(() -> panel.toolbar().exportButton().isDisabled()), "off without a handler");
        AtomicReference<IterationTrace> exported = new AtomicReference<>();
        Fx.run(() -> panel.setOnExport(exported::set));
        robot.clickOn("#exportWorked");
        assertSame(Fx.call(() -> panel.traceProperty().get()), exported.get());
    }

    @Test
    void theActivePhaseIsLitUpAndScrolledIntoView() {
        Fx.awaitShown(panel, model, 0);
        Phase expand1 = new Phase(Kind.EXPAND, 1);
        Fx.run(() -> model.activePhaseProperty().set(expand1));
        Fx.await("scrolled down", () -> panel.scrollPane().getVvalue() > 0.3);
        assertTrue(Fx.call(() -> panel.isHighlighted(expand1)));
        assertFalse(Fx.call(() -> panel.isHighlighted(new Phase(Kind.FORWARD, 1))));
        Fx.run(() -> model.activePhaseProperty().set(null));
        assertFalse(Fx.call(() -> panel.isHighlighted(expand1)), "nothing lit when not stepping");
    }
}
