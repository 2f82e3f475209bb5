package org.tongxin.infra.persistence;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * A job that runs in turns on one thread of its own, a fixed delay after the previous turn ended, so turns never
 * overlap. The thread exists from {@link #start()} (Spring's lifecycle) but turns begin only once the application is
 * ready, so no turn runs against a context still starting. A turn's failure is logged and the next turn tries again;
 * nothing is thrown to the scheduler, which would cancel every later turn. {@link #stop()} interrupts a running turn
 * and waits a moment for it to end: workers stop first (the default phase of a lifecycle bean), before the data source
 * closes, and a turn that fails because it was stopped, or because the database already went away, is not an error.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String thread;
    private volatile ScheduledExecutorService executor;
    private volatile boolean stopping;

    /** {@code thread} names the worker's thread (as it shows in thread dumps and logs). */
    protected BackgroundWorker(String thread) {
        this.thread = thread;
    }

    /** The time between the end of one turn and the start of the next. */
    protected abstract Duration delay();

    /** Whether this deployment runs the worker at all (a disabled worker keeps its thread idle). */
    protected boolean enabled() {
        return true;
    }

    /** One turn; whatever it throws is logged by the base, and the next turn comes after {@link #delay()}. */
    protected abstract void turn();

    @EventListener(ApplicationReadyEvent.class)
    public void scheduleTurns() {
        ScheduledExecutorService running = executor;
        if (!enabled() || running == null) {
            return;
        }
        long every = delay().toMillis();
        running.scheduleWithFixedDelay(this::runTurn, every, every, TimeUnit.MILLISECONDS);
    }

    /** Runs one turn now, on the caller's thread, as the schedule would: failures logged, never thrown. */
    protected final void runTurn() {
        try {
            turn();
        } catch (RuntimeException e) {
            if (stopping || Thread.currentThread().isInterrupted()) {
                log.debug("The {} worker's turn ended as the worker stopped", thread, e);
            } else {
                log.error("The {} worker's turn failed; the next turn, in {}, tries again", thread, delay(), e);
            }
        }
    }

    @Override
    public void start() {
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        stopping = true;
        executor = null;
        running.shutdownNow();
        try {
            if (!running.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The {} worker's turn did not end within {} of the stop", thread, STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
