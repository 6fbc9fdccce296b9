package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.model.Phase;

/** Edges showing gradients, changes and one point's gradient, checked against the chapter's numbers. */
@ExtendWith(ApplicationExtension.class)
class EdgeModeTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        d = new ShownDiagram(stage, Snapshots.chapter(1));
    }

    private void mode(FxRobot robot, EdgeMode mode) {
        d.after(robot, () -> d.view.edgeModeProperty().set(mode));
    }

    @Test
    void gradientModeLabelsTheFirstRowOfA2WithTheChaptersSummedGradient(FxRobot robot) {
        mode(robot, EdgeMode.GRADIENT);
        assertEquals("0.391", d.view.edgeLabel(2, 0, 0).text());
        assertEquals("0.448", d.view.edgeLabel(2, 0, 1).text());
        assertEquals("0.200", d.view.edgeLabel(2, 0, 2).text());
        assertEquals("0.594", d.view.edgeLabel(2, 0, 3).text());
    }

    @Test
    void changeModeLabelsA211WithItsLastChange(FxRobot robot) {
        mode(robot, EdgeMode.CHANGE);
        assertEquals("-0.00391", d.view.edgeLabel(2, 0, 0).text());
    }

    @Test
    void pointShareModeLabelsA211WithTheFirstPointsOwnGradient(FxRobot robot) {
        d.after(robot, () -> d.snapshot.set(Snapshots.chapter(0)));
        mode(robot, EdgeMode.POINT_SHARE);
        assertEquals("0.161", d.view.edgeLabel(2, 0, 0).text());
        assertEquals("0.0635", d.view.edgeLabel(2, 1, 0).text());
    }

    @Test
    void theLegendNamesWhatTheModeShows(FxRobot robot) {
        assertTrue(d.view.legendText().startsWith("positive weight   negative weight   line width  |w| = 1"),
                d.view.legendText());
        mode(robot, EdgeMode.GRADIENT);
        assertTrue(d.view.legendText().startsWith("positive gradient   negative gradient   line width  "
                + "|dRSS/dw| up to "), d.view.legendText());
        mode(robot, EdgeMode.CHANGE);
        assertTrue(d.view.legendText().startsWith("weight went up   weight went down"), d.view.legendText());
    }

    @Test
    void beforeTheFirstIterationGradientModeShowsTheGradientTheFirstIterationWillUse(FxRobot robot) {
        d.after(robot, () -> d.snapshot.set(Snapshots.chapter(0)));
        mode(robot, EdgeMode.GRADIENT);
        assertEquals("0.391", d.view.edgeLabel(2, 0, 0).text());
        assertEquals("0.594", d.view.edgeLabel(2, 0, 3).text());
        assertTrue(d.view.legendText().startsWith("positive gradient   negative gradient   line width  "
                + "|dRSS/dw| up to "), d.view.legendText());
    }

    @Test
    void beforeTheFirstIterationTheChangeLegendSaysAllZero(FxRobot robot) {
        d.after(robot, () -> d.snapshot.set(Snapshots.chapter(0)));
        mode(robot, EdgeMode.CHANGE);
        assertTrue(d.view.legendText().endsWith("|change|: all 0 so far"), d.view.legendText());
    }

    @Test
    void theGradientOfUntrainedWeightsIsWorkedOutOncePerSnapshotAndOnlyInGradientMode(FxRobot robot) {
        d.after(robot, () -> d.snapshot.set(Snapshots.chapter(0)));
        assertEquals(0, d.view.traceCache().computations, "weight mode needs no trace");
        mode(robot, EdgeMode.GRADIENT);
        d.after(robot, () -> d.point.set(3));
        d.after(robot, () -> d.point.set(1));
        assertEquals(1, d.view.traceCache().computations);
    }

    @Test
    void theLargestGradientDrawsTheWidestLine(FxRobot robot) {
        mode(robot, EdgeMode.GRADIENT);
        EdgeStyle style = EdgeStyle.GRADIENT;
        double largest = 1.0;
        assertEquals(EdgeStyle.RELATIVE_WIDTH, style.width(largest, largest, 1), 1e-9);
        assertTrue(style.width(largest / 100, largest, 1) < EdgeStyle.RELATIVE_WIDTH / 4);
    }

    @Test
    void aNewSnapshotOfTheSameArchitectureStillDoesNotLayOutAgain(FxRobot robot) {
        mode(robot, EdgeMode.POINT_SHARE);
        d.after(robot, () -> d.view.activePhaseProperty().set(new Phase(Phase.Kind.EXPAND, 2)));
        int before = d.view.layoutComputations;
        d.after(robot, () -> d.snapshot.set(Snapshots.chapter(5)));
        d.after(robot, () -> d.snapshot.set(Snapshots.chapter(10)));
        assertEquals(before, d.view.layoutComputations);
    }

    @Test
    void redrawingOneSnapshotReusesItsIterationTrace(FxRobot robot) {
        mode(robot, EdgeMode.POINT_SHARE);
        int before = d.view.traceCache().computations;
        d.after(robot, () -> d.point.set(3));
        d.after(robot, () -> d.point.set(1));
        assertEquals(before, d.view.traceCache().computations);
    }
}
