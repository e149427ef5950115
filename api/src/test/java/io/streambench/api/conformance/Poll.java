package io.streambench.api.conformance;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded waiting: every wait in the suites has a limit and says what it waited for when it runs out. */
final class Poll {
    private static final long INTERVAL_MILLIS = 100;

    private Poll() {
    }

    /** Returns whether the condition became true within the timeout. */
    static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(INTERVAL_MILLIS);
        }
        return true;
    }

    static void require(BooleanSupplier condition, Duration timeout, Supplier<String> whatWasAwaited)
            throws InterruptedException {
        if (!until(condition, timeout)) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + whatWasAwaited.get());
        }
    }
}
