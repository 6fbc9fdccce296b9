package studio.backprop.ui.lesson;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import studio.backprop.io.OpenedLesson;
import studio.backprop.lesson.LessonScene;
import studio.backprop.lesson.SceneDiagram;
import studio.backprop.lesson.SceneEdges;
import studio.backprop.lesson.SetUp;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.model.StudioModel;

/**
 * Walks a lesson scene by scene. Showing a scene sets it up exactly: its experiment where its set-up trained
 * it (trained out of sight the first time, then kept, so going back shows the same weights bit for bit), its
 * selected point, views, panels, stepper phase and edges; then its action starts. Between scenes the class
 * may do anything; the next scene starts from its own set-up. FX thread only.
 */
public final class LessonPlayer {
    private final ExperimentSession session;
    private final StudioModel model;
    private final LessonScreen screen;
    private final ReadOnlyObjectWrapper<OpenedLesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper scene = new ReadOnlyIntegerWrapper(this, "scene", -1);
    private final ReadOnlyDoubleWrapper preparing = new ReadOnlyDoubleWrapper(this, "preparing", -1);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    /** Each scene's state once its set-up has trained it: what going back returns to. */
    private final Map<Integer, SavedExperiment> reached = new HashMap<>();
    private SceneTraining training;
    private RateSchedule action;
    private ChangeListener<TrainingSnapshot> waiting;

    public LessonPlayer(ExperimentSession session, LessonScreen screen) {
        this.session = session;
        this.model = session.model();
        this.screen = screen;
    }

    /** The lesson open, or null. */
    public ReadOnlyObjectProperty<OpenedLesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public OpenedLesson lesson() {
        return lesson.get();
    }

    /** The scene shown or being set up, from 0; -1 with no lesson open. */
    public ReadOnlyIntegerProperty sceneProperty() {
        return scene.getReadOnlyProperty();
    }

    /** How far the scene's set-up has trained, 0 to 1, while it trains out of sight; -1 otherwise. */
    public ReadOnlyDoubleProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** True once the scene's set-up shows in every view (its action may have started since). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * Opens a lesson at scene k (from 0), once unsaved work has been saved or let go.
     *
     * @param act whether the scene's action starts (not for a picture of the scene)
     * @return false when the user kept the unsaved work: nothing changed
     */
    public boolean open(OpenedLesson opened, int k, boolean act) {
        if (k < 0 || k >= opened.lesson().size()) {
            throw new IllegalArgumentException("the lesson has scenes 1 to " + opened.lesson().size() + ", not "
                    + (k + 1));
        }
        if (!session.confirmDiscard()) {
            return false;
        }
        stopAll();
        reached.clear();
        lesson.set(opened);
        show(k, act);
        return true;
    }

    public void next() {
        if (lesson.get() != null && scene.get() < lesson.get().lesson().size() - 1) {
            show(scene.get() + 1, true);
        }
    }

    public void previous() {
        if (lesson.get() != null && scene.get() > 0) {
            show(scene.get() - 1, true);
        }
    }

    public void first() {
        if (lesson.get() != null) {
            show(0, true);
        }
    }

    /** Scene k from the scene list. */
    public void go(int k) {
        if (lesson.get() != null) {
            show(k, true);
        }
    }

    /** Leaves the lesson; what is on screen stays as it is. */
    public void close() {
        stopAll();
        lesson.set(null);
        scene.set(-1);
        shown.set(false);
    }

    private void show(int k, boolean act) {
        stopAll();
        model.pause(); // the scene left stops where it is while the next one gets ready
        scene.set(k);
        shown.set(false);
        SavedExperiment kept = reached.get(k);
        LessonScene s = lesson.get().lesson().scene(k);
        SavedExperiment start = lesson.get().starts().get(k);
        Long to = s.setUp().iteration();
        if (kept != null || to == null || to == start.iteration() && s.setUp().rates().isEmpty()) {
            apply(k, kept != null ? kept : start, act);
            return;
        }
        preparing.set(0);
        training = SceneTraining.start(start, to, s.setUp().rates(), preparing::set, state -> {
            training = null;
            preparing.set(-1);
            reached.put(k, state);
            apply(k, state, act);
        });
    }

    private void apply(int k, SavedExperiment state, boolean act) {
        reached.putIfAbsent(k, state);
        LessonScene s = lesson.get().lesson().scene(k);
        SetUp setUp = s.setUp();
        model.activePhaseProperty().set(null);
        session.editor().startOver(state, null);
        model.selectedPointProperty().set(setUp.point() == null ? 0 : setUp.point() - 1);
        screen.show(setUp.shownViews(), setUp.openPanels());
        screen.showDiagram(setUp.edges() == null ? SceneEdges.WEIGHTS : setUp.edges(),
                setUp.diagram() == null ? SceneDiagram.GRAPH : setUp.diagram());
        model.activePhaseProperty().set(setUp.phase() == null ? null : Phases.of(setUp.phase()));
        whenSettled(() -> {
            shown.set(true);
            if (act) {
                action = SceneActions.start(s.action(), model.activeRun());
            }
        });
    }

    /** Runs {@code then} once the studio's run shows every command sent, the scene's state loaded. */
    private void whenSettled(Runnable then) {
        if (model.getSnapshot() != null && model.activeRun().settled()) {
            then.run();
            return;
        }
        waiting = (obs, was, s) -> {
            if (s != null && model.activeRun().settled()) {
                model.snapshotProperty().removeListener(waiting);
                waiting = null;
                then.run();
            }
        };
        model.snapshotProperty().addListener(waiting);
    }

    private void stopAll() {
        if (training != null) {
            training.cancel();
            training = null;
        }
        preparing.set(-1);
        if (action != null) {
            action.stop();
            action = null;
        }
        if (waiting != null) {
            model.snapshotProperty().removeListener(waiting);
            waiting = null;
        }
    }
}
