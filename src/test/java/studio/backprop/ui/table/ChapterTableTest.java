package studio.backprop.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Trainer;
import studio.backprop.testing.FxThread;
import studio.backprop.ui.model.StudioModel;

/** The chapter's table, live: the run's values at the page's iterations, ticked where they agree with it. */
@ExtendWith(ApplicationExtension.class)
class ChapterTableTest {
    private StudioModel model;
    private ChapterTablePanel table;

    @Start
    void start(Stage stage) {
        model = new StudioModel(Experiment.chapter());
        table = new ChapterTablePanel(model);
        table.showingProperty().set(true);
        stage.setScene(new Scene(table, 900, 700));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        table.close();
        assertTrue(model.awaitTermination(2000));
    }

    private Map<Long, Checkpoint> values() {
        return FxThread.call(() -> table.liveValues());
    }

    @Test
    void afterRunningTheChaptersExampleToAMillionEveryCellAgreesWithThePage() {
        FxThread.await("the first snapshot", () -> model.getSnapshot() != null);
        FxThread.run(() -> model.runUntil(1_000_000));
        FxThread.await("every checkpoint filled in", () -> table.liveValues().size() == 10
                && !model.getSnapshot().running());
        for (long c : PrintedTable.CHECKPOINTS) {
            List<String> row = FxThread.call(() -> table.runRow(c));
            assertEquals(2, row.size(), "RSS and predictions at " + c);
            assertTrue(row.get(0).endsWith("✔") && row.get(1).endsWith("✔"), c + ": " + row);
        }
        assertTrue(FxThread.call(table::showsThePage));
    }

    @Test
    void aCheckpointPassedBetweenTwoFramesHoldsTheRunsOwnValueBitForBit() {
        FxThread.await("the first snapshot", () -> model.getSnapshot() != null);
        FxThread.run(() -> model.runUntil(20_000));
        FxThread.await("10,000 filled in", () -> table.liveValues().containsKey(10_000L)
                && !model.getSnapshot().running());
        Trainer alone = Experiment.chapter().start();
        for (long c : new long[] {10, 100, 1_000, 10_000}) {
            alone.iterate(c - alone.iteration());
            Checkpoint value = values().get(c);
            assertEquals(alone.rss(), value.rss(), 0.0, "RSS at " + c);
            assertEquals(alone.predictions()[2], value.predictions()[2], 0.0, "f(0.5) at " + c);
        }
    }

    @Test
    void anotherExperimentShowsOnlyTheRunsValuesAtTheSameIterations() {
        FxThread.await("the first snapshot", () -> model.getSnapshot() != null);
        FxThread.run(() -> model.load(Presets.get("sine").experiment()));
        FxThread.await("the sine shown", () -> !table.showsThePage() && table.liveValues().containsKey(0L));
        FxThread.run(() -> model.step(10));
        FxThread.await("10 filled in", () -> table.liveValues().containsKey(10L));
        List<String> row = FxThread.call(() -> table.runRow(10));
        assertFalse(row.get(0).contains("✔") || row.get(0).contains("✘"), row.toString());
        assertTrue(row.get(1).endsWith("…"), "more than five points: " + row);
    }

    @Test
    void aValueAgreesWhenItRoundsToThePrintedOneAtItsDecimals() {
        assertTrue(PrintedTable.agrees("0.0239", 0.02394));
        assertFalse(PrintedTable.agrees("0.0239", 0.02396));
        assertTrue(PrintedTable.agrees("1.320", 1.3204999));
        assertFalse(PrintedTable.agrees("1.320", 1.3206));
    }
}
