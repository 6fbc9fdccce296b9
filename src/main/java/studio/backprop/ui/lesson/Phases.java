package studio.backprop.ui.lesson;

import studio.backprop.lesson.ScenePhase;
import studio.backprop.ui.model.Phase;

/** A set-up's phase as the stepper knows it, and back. */
final class Phases {
    private Phases() {
    }

    static Phase of(ScenePhase p) {
        return new Phase(Phase.Kind.valueOf(p.step().name()), p.layer());
    }

    static ScenePhase of(Phase p) {
        return new ScenePhase(ScenePhase.Step.valueOf(p.kind().name()), p.layer());
    }
}
