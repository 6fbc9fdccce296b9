package studio.backprop.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Reads and changes FX state on the FX thread, and waits for it. */
public final class FxThread {
    private FxThread() {
    }

    public static <T> T call(Callable<T> onFx) {
        try {
            return WaitForAsyncUtils.asyncFx(onFx).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static void run(Runnable onFx) {
        call(() -> {
            onFx.run();
            return null;
        });
    }

    public static void await(String what, BooleanSupplier onFx) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> call(onFx::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
