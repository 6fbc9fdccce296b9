package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Activation;
import studio.backprop.engine.ArchitectureEdit;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.WeightInit;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;

/**
 * The chapter's example labels every weight and bias, on its own edge, at the sizes the diagram gets in
 * the window (its canvas at 1280x800 and 1920x1080, with and without the worked example beside it).
 */
@ExtendWith(ApplicationExtension.class)
class LabelPlacementTest {
    /** The diagram's canvas in the window at 1280x800, normal and presentation mode. */
    private static final double[][] AT_1280 = {{638, 381}, {638, 396}};
    private static final double[][] AT_1920 = {{958, 549}, {958, 581}};
    /** At 1920x1080 with the worked example open. */
    private static final double[][] BESIDE_WORKED_EXAMPLE = {{554, 549}, {554, 581}};
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void atTheDefaultSizeEveryWeightAndBiasOfTheChaptersExampleHasALabel(FxRobot robot) {
        inEachMode(robot, Snapshots.chapter(0), AT_1280, (layout, where) -> assertAllPlaced(layout, 1, where));
    }

    @Test
    void atTheDefaultSizeNoTwoLabelsOverlapAndNoneSitsOnAnotherEdge(FxRobot robot) {
        inEachMode(robot, Snapshots.chapter(0), AT_1280, LabelPlacementTest::assertApartAndOnTheirOwnEdges);
    }

    @Test
    void inItsOwnTabAt1280x800EveryWeightIncludingTheOutputsTwoHasALabel(FxRobot robot) {
        double[][] tab = {{638, 560}, {638, 560}}; // presentation mode puts the diagram in a tab of its own
        inEachMode(robot, Snapshots.chapter(0), tab, (layout, where) -> {
            assertAllPlaced(layout, 1, where);
            assertApartAndOnTheirOwnEdges(layout, where);
        });
    }

    @Test
    void at1920x1080EveryLabelIsPlacedApartOnItsOwnEdge(FxRobot robot) {
        inEachMode(robot, Snapshots.chapter(0), AT_1920, (layout, where) -> {
            assertAllPlaced(layout, 1, where);
            assertApartAndOnTheirOwnEdges(layout, where);
        });
    }

    @Test
    void besideTheWorkedExampleAtLeastFourInFiveLabelsArePlacedApartOnTheirOwnEdges(FxRobot robot) {
        inEachMode(robot, Snapshots.chapter(0), BESIDE_WORKED_EXAMPLE, (layout, where) -> {
            assertAllPlaced(layout, 0.8, where);
            assertApartAndOnTheirOwnEdges(layout, where);
        });
    }

    @Test
    void afterAddingALayerAtLeastSevenInTenLabelsArePlacedApartOnTheirOwnEdges(FxRobot robot) {
        Network deeper = ArchitectureEdit.insertLayer(ChapterExample.network(), 3, 2, Activation.SIGMOID,
                WeightInit.chapter());
        inEachMode(robot, Snapshots.of(deeper, ChapterExample.data()), AT_1280, (layout, where) -> {
            assertAllPlaced(layout, 0.7, where);
            assertApartAndOnTheirOwnEdges(layout, where);
        });
    }

    // ---- helpers ----

    /** That at least this share of the edges has a label; with 1, names the edges without. */
    static void assertAllPlaced(Layout layout, double share, String where) {
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < layout.labels.length; k++) {
            if (layout.labels[k] == null) {
                missing.add(layout.edges.get(k).name());
            }
        }
        assertTrue(layout.labels.length - missing.size() >= share * layout.labels.length,
                "no label for " + missing + where);
    }

    static void assertApartAndOnTheirOwnEdges(Layout layout, String where) {
        for (int a = 0; a < layout.labels.length; a++) {
            Layout.Box box = layout.labels[a];
            if (box == null) {
                continue;
            }
            Edge own = layout.edges.get(a);
            assertEquals(0, own.distanceTo(box.x() + box.w() / 2, box.y() + box.h() / 2), 1e-6,
                    own.name() + " centred on its edge " + where);
            for (int b = 0; b < layout.labels.length; b++) {
                Layout.Box other = layout.labels[b];
                assertFalse(b != a && other != null && box.intersects(other),
                        own.name() + " overlaps " + layout.edges.get(b).name() + where);
                Edge e = layout.edges.get(b);
                assertFalse(e != own && LabelPlacement.crosses(e, LabelPlacement.textArea(box, layout.scale)),
                        own.name() + "'s label sits on " + e.name() + where);
            }
        }
    }

    /** Runs the check on the diagram of s at each size, in normal and in presentation mode. */
    private void inEachMode(FxRobot robot, TrainingSnapshot s, double[][] sizes, BiConsumer<Layout, String> check) {
        for (double[] size : sizes) {
            for (boolean presentation : new boolean[] {false, true}) {
                check.accept(shown(robot, s, size, presentation),
                        " at " + (int) size[0] + "x" + (int) size[1] + (presentation ? " presentation" : ""));
            }
        }
    }

    private Layout shown(FxRobot robot, TrainingSnapshot s, double[] size, boolean presentation) {
        NetworkDiagramView[] view = new NetworkDiagramView[1];
        robot.interact(() -> {
            view[0] = new NetworkDiagramView(new SimpleObjectProperty<>(s), new SimpleIntegerProperty(0));
            view[0].presentationProperty().set(presentation);
            stage.setScene(new Scene(view[0], size[0], size[1]));
            stage.show();
            view[0].layout();
        });
        robot.interact(() -> view[0].layout());
        return view[0].diagramLayout();
    }
}
