package org.tongxin.infra.web;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongxin.processes.task.TaskConflict;

/**
 * Concurrency conflicts: two requests changed the same thing at once and one lost — Axon's append of an aggregate's
 * next sequence ({@link ConcurrencyException}, {@link AggregateStreamCreationException}), the engine's optimistic
 * lock ({@link TaskConflict}), a PostgreSQL lock, deadlock or unique-key race. The API answers them 409 with a
 * {@code Retry-After} hint, never 500.
 *
 * <p>{@link #retrying} runs a whole request again when it lost such a race. That is safe only around a complete
 * transaction: a task's completion and its events commit together or not at all, so a lost attempt left nothing
 * behind and the next one decides afresh on the winner's state (and may then be refused by the domain, or find the
 * task gone). This is why the command gateway has no Axon {@code RetryScheduler}: a command runs inside the task's
 * transaction, which PostgreSQL has already aborted when the append failed, so retrying the command alone cannot work.
 */
@Component
public class Conflicts {

    private static final Logger log = LoggerFactory.getLogger(Conflicts.class);

    /** Attempts in all, the first one included. */
    static final int ATTEMPTS = 3;

    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 1;

    /** The conflict in {@code e} or its causes, or null when it is none. */
    public static Throwable find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TaskConflict
                    || t instanceof ConcurrencyException
                    || t instanceof AggregateStreamCreationException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof DuplicateKeyException) {
                return t;
            }
        }
        return null;
    }

    static boolean retryable(Throwable e) {
        Throwable conflict = find(e);
        return conflict != null && (!(conflict instanceof TaskConflict task) || task.retryable());
    }

    /**
     * Runs {@code request} (one whole transaction), again when it lost a race, at most {@value #ATTEMPTS} times. Inside
     * a transaction that is already open (an {@code Idempotency-Key} request runs in the transaction that records its
     * answer) the lost attempt has aborted that outer transaction, so it runs once and its conflict answers 409.
     */
    public <T> T retrying(Supplier<T> request) {
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !retryable(e)) {
                    throw e;
                }
                log.debug("Lost a race on attempt {}, trying again: {}", attempt, e.toString());
                // a short random pause, so the racers do not meet again at once
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(
                        ThreadLocalRandom.current().nextLong(10, 50) * attempt));
            }
        }
    }

    public void retrying(Runnable request) {
        retrying(() -> {
            request.run();
            return null;
        });
    }
}
