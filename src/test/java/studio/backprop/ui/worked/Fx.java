package studio.backprop.ui.worked;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/** Reads FX state on the FX thread and waits for it, for the worked example's tests. */
final class Fx {
    private Fx() {
    }

    static <T> T call(Callable<T> onFx) {
        try {
            return WaitForAsyncUtils.asyncFx(onFx).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void run(Runnable onFx) {
        call(() -> {
            onFx.run();
            return null;
        });
    }

    static void await(String what, BooleanSupplier onFx) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> call(onFx::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
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
