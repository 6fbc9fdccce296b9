package studio.backprop.ui.worked;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;

/**
 * Walks one iteration phase by phase for the class: forward layer by layer, the loss, backward,
 * expansion, sum and update. Its whole state is the view model's active phase, so every view (and a
 * second stepper, say the window's key bindings) agrees on it. Entering pauses training; leaving only
 * clears the phase, the weights stay where they are. Training started meanwhile ends the stepping:
 * its numbers would change under the class's eyes.
 */
public final class PhaseStepper {
    private final StudioModel model;
    private final BooleanBinding active;
    /** Set once training is seen not running after entering: running snapshots before that were in flight. */
    private boolean settled;

    public PhaseStepper(StudioModel model) {
        this.model = model;
        active = Bindings.isNotNull(model.activePhaseProperty());
        model.snapshotProperty().addListener((obs, old, s) -> follow(s));
        model.activePhaseProperty().addListener((obs, old, now) -> {
            if (old == null && now != null) {
                settled = !runningNow();
            }
        });
    }

    /** Enters stepping at FORWARD 1, pausing training; does nothing before the first snapshot. */
    public void start() {
        List<Phase> phases = phases();
        if (phases.isEmpty()) {
            return;
        }
        model.pause();
        model.activePhaseProperty().set(phases.get(0));
    }

    /** Leaves stepping: the active phase becomes null, nothing else changes. */
    public void stop() {
        model.activePhaseProperty().set(null);
    }

    public void toggle() {
        if (isActive()) {
            stop();
        } else {
            start();
        }
    }

    /**
     * The next phase; enters stepping when not stepping (a presenter's clicker only has "next"). After the
     * update it goes on into the next iteration: the update is carried out and its forward pass comes next.
     */
    public void next() {
        move(+1);
    }

    /** The previous phase; does nothing when not stepping. */
    public void previous() {
        move(-1);
    }

    private void move(int by) {
        Phase now = model.activePhaseProperty().get();
        if (now == null) {
            if (by > 0) {
                start();
            }
            return;
        }
        List<Phase> phases = phases();
        int k = phases.indexOf(now);
        if (by > 0 && k == phases.size() - 1) {
            model.step();
            model.activePhaseProperty().set(phases.get(0));
            return;
        }
        int to = Math.max(0, Math.min(phases.size() - 1, k + by));
        model.activePhaseProperty().set(phases.get(to));
    }

    public BooleanBinding activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    /** The phase shown, or null when not stepping: the view model's. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return model.activePhaseProperty();
    }

    /** True at the first phase: nothing before it. */
    public boolean atFirst() {
        List<Phase> phases = phases();
        return !phases.isEmpty() && phases.get(0).equals(model.activePhaseProperty().get());
    }

    /** True at the last phase (the update). */
    public boolean atLast() {
        List<Phase> phases = phases();
        return !phases.isEmpty() && phases.get(phases.size() - 1).equals(model.activePhaseProperty().get());
    }

    /** The phases of one iteration of the current network, in order; empty before the first snapshot. */
    public List<Phase> phases() {
        TrainingSnapshot s = model.getSnapshot();
        return s == null ? List.of() : Phase.sequence(s.network().depth());
    }

    private boolean runningNow() {
        TrainingSnapshot s = model.getSnapshot();
        return s != null && s.state() == TrainingSnapshot.State.RUNNING;
    }

    private void follow(TrainingSnapshot s) {
        Phase now = model.activePhaseProperty().get();
        if (now == null || s == null) {
            return;
        }
        if (s.state() != TrainingSnapshot.State.RUNNING) {
            settled = true;
        } else if (settled) {
            stop();
            return;
        }
        List<Phase> phases = Phase.sequence(s.network().depth());
        if (!phases.contains(now)) {
            model.activePhaseProperty().set(phases.get(0)); // another network was loaded: start it over
        }
    }
}
