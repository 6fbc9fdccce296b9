package studio.backprop.ui.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.training.LossHistory;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.TwoInputSnapshots;
import studio.backprop.ui.chart.NiceTicks;
import studio.backprop.ui.chart.Pixels;

@ExtendWith(ApplicationExtension.class)
class LossHistoryViewTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(200, 100));
    private LossHistoryView view;

    @Start
    void start(Stage stage) {
        view = new LossHistoryView(snapshot);
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    @Test
    void rssIsPlacedOnALogScale() {
        TrainingSnapshot s = snapshot.get();
        Image image = Pixels.grab(view.canvas());
        double first = s.history().last(0);
        assertEquals(1.614, first, 5e-4, "the chapter's RSS at iteration 0");
        double decade = view.yOf(0.1) - view.yOf(1);
        assertTrue(decade > 20, "a decade is tall: " + decade);
        double expected = view.yOf(1) - Math.log10(first) * decade;
        assertEquals(expected, view.yOf(first), 1e-6);
        assertEquals(view.yOf(1) - Math.log10(s.rss()) * decade, view.yOf(s.rss()), 1e-6);
        assertTrue(view.yOf(s.rss()) > view.yOf(first), "lower RSS lower down");
        assertTrue(Pixels.near(image, view.xOf(0) + 1, view.yOf(first), 1, Palette.LOSS));
        assertTrue(Pixels.near(image, view.xOf(150), view.yOf(s.history().last(150)), 1, Palette.LOSS));
        assertTrue(Pixels.near(image, view.xOf(200), view.yOf(s.rss()), 1, Palette.LOSS), "the current point");
        assertTrue(Pixels.near(image, view.xOf(100), view.chart().bottom() - 40, 2, Palette.RATE_MARK));
    }

    @Test
    void anEditIsMarkedInItsOwnColourApartFromTheRateChanges(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.withEdits(snapshot.get(), 150)));
        Image image = Pixels.grab(view.canvas());
        double y = view.chart().bottom() - 60;
        assertTrue(Pixels.near(image, view.xOf(150), y, 2, Palette.EDIT_MARK), "the edit at 150");
        assertFalse(Pixels.near(image, view.xOf(150), y, 2, Palette.RATE_MARK));
        assertTrue(Pixels.near(image, view.xOf(100), y, 2, Palette.RATE_MARK), "the rate change at 100");
        assertFalse(Pixels.near(image, view.xOf(100), y, 2, Palette.EDIT_MARK));
    }

    @Test
    void logXPutsDecadesAtEqualDistances(FxRobot robot) {
        Pixels.grab(view.canvas());
        double linear = (view.xOf(99) - view.xOf(9)) / (view.xOf(9) - view.xOf(0));
        assertEquals(10, linear, 1e-9);
        robot.interact(() -> view.logXProperty().set(true));
        Pixels.grab(view.canvas());
        double log = (view.xOf(99) - view.xOf(9)) / (view.xOf(9) - view.xOf(0));
        assertEquals(1, log, 1e-9);
        assertEquals(view.chart().left(), view.xOf(0), 1e-9, "iteration 0 at the left end");
        assertEquals(view.chart().right(), view.xOf(200), 1e-9);
    }

    @Test
    void aMillionIterationsDrawWithDecadesOnX(FxRobot robot) {
        TrainingSnapshot million = Snapshots.syntheticHistory(1_000_000);
        assertTrue(million.history().size() < 10_000, million.history().size() + " buckets");
        robot.interact(() -> {
            snapshot.set(million);
            view.logXProperty().set(true);
        });
        Image image = Pixels.grab(view.canvas());
        assertTrue(Arrays.asList(view.chart().xTicks().labels()).contains("10^6"),
                String.join(" ", view.chart().xTicks().labels()));
        assertTrue(Pixels.near(image, view.xOf(1000), view.yOf(1.0 / 1001), 1, Palette.LOSS));
        assertTrue(Pixels.near(image, view.xOf(100_000), view.yOf(1e-5), 1, Palette.LOSS));
        robot.interact(() -> view.logXProperty().set(false));
        Pixels.grab(view.canvas());
        assertTrue(view.chart().xTicks().size() >= 3);
    }

    @Test
    void zeroAndNonFiniteRssDoNotBreakDrawing(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.withRss(snapshot.get(), 0)));
        Pixels.grab(view.canvas());
        assertTrue(Double.isFinite(view.yOf(0)));
        assertEquals(view.yOf(LossHistoryView.FLOOR), view.yOf(0), 1e-9);
        assertTrue(view.chart().y.lo() <= LossHistoryView.FLOOR);

        LossHistory h = new LossHistory();
        double[] values = {2, 1, Double.NaN, 0.5, Double.POSITIVE_INFINITY, 0.25, 0, 0.1};
        for (int k = 0; k < values.length; k++) {
            h.add(k, values[k]);
        }
        TrainingSnapshot base = snapshot.get();
        TrainingSnapshot odd = new TrainingSnapshot(values.length, base.network(), Double.NaN, base.predictions(),
                base.gradient(), 0.01, 0.01, base.initial(), base.data(), h.freeze(), new long[] {3},
                TrainingSnapshot.State.PAUSED, 0, -1, null);
        robot.interact(() -> snapshot.set(odd));
        Image image = Pixels.grab(view.canvas());
        assertTrue(Double.isNaN(view.yOf(Double.NaN)));
        assertTrue(Double.isFinite(view.chart().y.lo()) && Double.isFinite(view.chart().y.hi()));
        assertTrue(Pixels.near(image, view.xOf(0), view.yOf(2), 1, Palette.LOSS));
        assertTrue(Pixels.near(image, view.xOf(7), view.yOf(0.1), 1, Palette.LOSS));
    }

    @Test
    void aRunThatClimbsTo1e306BeforeItDivergesKeepsItsCurveAndLabelledDecades(FxRobot robot) {
        LossHistory h = new LossHistory();
        for (int k = 0; k < 150; k++) {
            h.add(k, Math.pow(10, 306.0 * k / 149)); // from 1 up to 1e306, where the next step overflows
        }
        TrainingSnapshot base = snapshot.get();
        TrainingSnapshot diverged = new TrainingSnapshot(150, base.network(), Double.POSITIVE_INFINITY,
                base.predictions(), base.gradient(), 0.001, 0.001, base.initial(), base.data(), h.freeze(),
                new long[0], TrainingSnapshot.State.PAUSED, 0, -1, null);

        robot.interact(() -> snapshot.set(diverged));

        Image image = Pixels.grab(view.canvas());
        assertTrue(Double.isFinite(view.chart().y.hi()) && view.chart().y.hi() >= 1e306);
        assertTrue(view.chart().yTicks().size() >= 3, "labelled decades: " + view.chart().yTicks());
        assertTrue(Arrays.asList(view.chart().yTicks().labels()).contains("10^300"),
                Arrays.toString(view.chart().yTicks().labels()));
        for (int k : new int[] {1, 75, 149}) {
            assertTrue(Pixels.near(image, view.xOf(k), view.yOf(h.freeze().last(k)), 1, Palette.LOSS), "iteration " + k);
        }
    }

    @Test
    void anRssOf1eMinus300IsPlacedOnItsOwnDecade(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.withRss(snapshot.get(), 1e-300)));
        Pixels.grab(view.canvas());
        assertTrue(view.chart().y.lo() <= 1e-300);
        assertTrue(view.yOf(1e-300) > view.yOf(1e-299), "1e-300 below 1e-299");
    }

    @Test
    void tenQuickRateChangesMergeIntoOneMarkThatCountsThem(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.chapter(200, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
                180)));
        Image image = Pixels.grab(view.canvas());
        assertEquals(List.of("α changed ×10", "α changed"), view.drawnMarks);
        double y = view.chart().bottom() - 30;
        assertTrue(Pixels.near(image, view.xOf(100), y, 1, Palette.RATE_MARK), "one line, at the first change");
        assertFalse(Pixels.near(image, view.xOf(105), y, 1, Palette.RATE_MARK), "no line at each of the others");
    }

    @Test
    void anEmptyHistoryShowsTheStartingPointAndAHint(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.chapter(0)));
        Image image = Pixels.grab(view.canvas());
        double rss = snapshot.get().rss();
        assertTrue(Pixels.near(image, view.xOf(0), view.yOf(rss), 1, Palette.LOSS));
        double cx = (view.chart().left() + view.chart().right()) / 2;
        double cy = (view.chart().top() + view.chart().bottom()) / 2;
        assertTrue(Pixels.closest(image, cx, cy, 12, Palette.MUTED_TEXT) < 0.2, "the hint's text");
    }

    @Test
    void hoveringReadsOutTheBucketUnderTheCursor(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.moveTo(view.localToScreen(view.xOf(50), view.chart().top() + 30));
        WaitForAsyncUtils.waitForFxEvents();
        Pixels.grab(view.canvas());
        String text = view.readout();
        TrainingSnapshot s = snapshot.get();
        assertTrue(text != null && text.matches("iteration (49|50|51):  RSS [0-9.]+"), text);
        int k = Integer.parseInt(text.replaceAll("iteration (\\d+):.*", "$1"));
        assertEquals(NiceTicks.significant(s.history().last(k), 6),
                text.replaceAll(".*RSS ", ""));
        robot.moveTo(view.localToScreen(5, 5));
        WaitForAsyncUtils.waitForFxEvents();
        Pixels.grab(view.canvas());
        assertNull(view.readout());
    }

    @Test
    void presentationModeEnlargesText(FxRobot robot) {
        Pixels.grab(view.canvas());
        double size = view.chart().tickFont().getSize();
        double bottom = view.chart().bottom();
        robot.interact(() -> view.presentationProperty().set(true));
        Pixels.grab(view.canvas());
        assertEquals(size * 1.6, view.chart().tickFont().getSize(), 1e-5);
        assertTrue(view.chart().bottom() < bottom);
        assertFalse(view.chart().xTicks().size() == 0);
    }

    @Test
    void hoveringTheNewestIterationOfAClassificationTellsItsAccuracy(FxRobot robot) {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.xor(300)));
        robot.moveTo(view.localToScreen(view.xOf(300), view.chart().top() + 10));
        assertTrue(view.readout().contains("accuracy 100%"), view.readout());
    }

    @Test
    void hoveringAnEarlierIterationTellsNoAccuracy(FxRobot robot) {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.xor(300)));
        robot.moveTo(view.localToScreen(view.xOf(100), view.chart().top() + 10));
        assertFalse(view.readout().contains("accuracy"), view.readout());
    }
}
