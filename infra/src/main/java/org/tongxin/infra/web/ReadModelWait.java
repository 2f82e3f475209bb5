package org.tongxin.infra.web;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Read models follow the event store asynchronously. A person who has just changed something is sent to a page that
 * reads the model, and should find the change there: the redirect waits a moment, bounded, until the model shows it.
 * Past the bound the page is shown as it is; the next look catches up.
 */
public final class ReadModelWait {

    private static final Duration POLL = Duration.ofMillis(50);

    private ReadModelWait() {}

    /** Waits at most {@code bound} until {@code shown} is true; says whether it became true in time. */
    public static boolean until(BooleanSupplier shown, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!shown.getAsBoolean()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return true;
    }
}
