package studio.backprop.ui.lesson;

import studio.backprop.lesson.SceneAction;
import studio.backprop.ui.model.Run;

/** Starts a scene's action on the run the class watches. */
final class SceneActions {
    private SceneActions() {
    }

    /** @return the schedule that changes the rate on the way, or null when there is nothing to follow */
    static RateSchedule start(SceneAction action, Run target) {
        Runnable then = switch (action.kind()) {
            case NONE -> null;
            case RUN -> target::run;
            case RUN_TO -> () -> target.runUntil(action.count());
            case STEP -> () -> target.step(action.count());
        };
        if (then == null) {
            return null;
        }
        RateSchedule schedule = new RateSchedule(target, action.changes(), then);
        schedule.start();
        return schedule;
    }
}
