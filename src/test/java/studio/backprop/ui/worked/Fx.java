package studio.backprop.ui.worked;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import studio.backprop.testing.FxThread;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/** Reads FX state on the FX thread and waits for it, for the worked example's tests. */
final class Fx {
    private Fx() {
    }

    static <T> T call(Callable<T> onFx) {
        return FxThread.call(onFx);
    }

    static void run(Runnable onFx) {
        FxThread.run(onFx);
    }

    static void await(String what, BooleanSupplier onFx) {
        FxThread.await(what, onFx);
    }

    /** Waits until the panel shows the newest snapshot for this point, every formula typeset. */
    static void awaitShown(WorkedExamplePanel panel, StudioModel model, int point) {
        await("point " + (point + 1) + " typeset", () -> {
            TrainingSnapshot s = model.getSnapshot();
            return s != null && panel.getShownPoint() == point && panel.traceProperty().get() != null
                    && panel.traceProperty().get().before() == s.network() && panel.isSettled();
        });
    }
}
