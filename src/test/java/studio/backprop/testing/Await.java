package studio.backprop.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the training thread and the FX thread to catch up, in tests. */
public final class Await {
    private Await() {
    }

    /** Waits up to 10 s for the condition (checked off the FX thread); fails naming what was awaited. */
    public static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
