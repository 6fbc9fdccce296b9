package studio.backprop.ui.experiment;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.util.Duration;
import studio.backprop.io.InputException;
import studio.backprop.io.RecoveryStore;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * Unsaved work kept where a crash or a pulled plug cannot take it: a copy written at most every 30 s while
 * there are unsaved changes and whenever training pauses, removed on a save and on a clean close; and, at
 * the start, the copies a session that crashed left, offered back one by one. Never opened silently, never
 * lost by starting. Copies are written on a thread of their own from a snapshot taken on the FX thread.
 */
public final class RecoveryCopies implements AutoCloseable {
    /** The most often a copy is written while training runs on. */
    static final Duration EVERY = Duration.seconds(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** What to do with a copy left behind. */
    public enum Choice { RESTORE, DISCARD, LATER }

    private final ExperimentSession session;
    private final RecoveryStore store;
    private final RecoveryStore.Slot slot;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recovery copy");
        t.setDaemon(true);
        return t;
    });
    private final Timeline timer;
    /** What was written last, to write nothing twice: the state and the iteration. */
    private List<Object> written = List.of();

    public RecoveryCopies(ExperimentSession session, RecoveryStore store) throws IOException {
        this.session = session;
        this.store = store;
        slot = store.open();
        ExperimentEditor editor = session.editor();
        editor.unsavedChangesProperty().addListener((obs, was, unsaved) -> {
            if (!unsaved) {
                written = List.of();
                writer.execute(slot::clear);
            }
        });
        session.model().snapshotProperty().addListener((obs, old, now) -> {
            if (old != null && old.running() && now != null && !now.running()) {
                writeIfUnsaved(); // training paused: what it reached is worth keeping at once
            }
        });
        timer = new Timeline(new KeyFrame(EVERY, e -> writeIfUnsaved()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Writes a copy now if there is unsaved work not written yet; FX thread. */
    void writeIfUnsaved() {
        ExperimentEditor editor = session.editor();
        TrainingSnapshot shown = session.model().getSnapshot();
        List<Object> now = List.of(editor.state(), shown == null ? -1L : shown.iteration());
        if (!editor.hasUnsavedChanges() || now.equals(written)) {
            return;
        }
        written = now;
        SavedExperiment work = editor.snapshot();
        String about = String.format(Locale.ROOT, "%s, iteration %,d, %,d points", session.documentName(),
                work.iteration(), work.data().size());
        writer.execute(() -> {
            try {
                slot.write(work, about);
            } catch (IOException e) {
                // Kept trying at the next change: a full disk must not interrupt the class.
            }
        });
    }

    /**
     * Offers back, newest first, each copy a session left when it ended without closing, until one is
     * restored; a copy put off stays for the next start.
     */
    public void offerLeftBehind(Function<RecoveryStore.Left, Choice> ask) {
        for (RecoveryStore.Left left : store.leftBehind()) {
            Choice choice = ask.apply(left);
            if (choice == Choice.DISCARD) {
                store.forget(left);
            } else if (choice == Choice.RESTORE) {
                try {
                    session.editor().recover(left.read());
                    store.forget(left);
                    writeIfUnsaved(); // this session's own copy takes it over
                } catch (InputException e) {
                    session.report("The work kept could not be read back, and stays where it is: " + e.getMessage());
                }
                return;
            }
        }
    }

    /** Asks in a dialog: Restore, Discard, or Decide later. */
    public static Choice askInADialog(RecoveryStore.Left left) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Decide at the next start", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, (left.about().isEmpty() ? "An experiment"
                : left.about()) + ", kept at " + WHEN.format(left.savedAt()) + ".\nRestore it, or discard it?",
                restore, discard, later);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Backprop Studio closed without saving this work");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? Choice.RESTORE : answer == discard ? Choice.DISCARD : Choice.LATER;
    }

    /** A clean close: the copy goes. Once; later calls do nothing. */
    @Override
    public void close() {
        if (writer.isShutdown()) {
            return;
        }
        timer.stop();
        writer.execute(slot::close);
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
