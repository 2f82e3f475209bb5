package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongxin.processes.task.TaskConflict;

/** Which failures are concurrency conflicts, which are retried, and how the API answers them. */
class ConflictsTest {

    private final Conflicts conflicts = new Conflicts();

    @Test
    void aLostAppendIsRunAgainAndThenSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String result = conflicts.retrying(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ConcurrencyException("sequence 3 of handling H-1 already exists");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void insideATransactionAlreadyOpenALostRaceIsNotRunAgainOnTheAbortedTransaction() {
        AtomicInteger attempts = new AtomicInteger();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> conflicts.retrying(() -> {
                        attempts.incrementAndGet();
                        throw new ConcurrencyException("sequence 3 of handling H-1 already exists");
                    }))
                    .isInstanceOf(ConcurrencyException.class);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aConflictStillLostAfterThreeAttemptsReachesTheCaller() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> conflicts.retrying(() -> {
                    attempts.incrementAndGet();
                    throw new TaskConflict("changed at the same time", true, null);
                }))
                .isInstanceOf(TaskConflict.class);
        assertThat(attempts).hasValue(Conflicts.ATTEMPTS);
    }

    @Test
    void aTaskClaimedByAnotherUserAndOtherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> conflicts.retrying(() -> {
                    attempts.incrementAndGet();
                    throw new TaskConflict("claimed by another user", false, null);
                }))
                .isInstanceOf(TaskConflict.class);
        assertThatThrownBy(() -> conflicts.retrying(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("a bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void everyConcurrencyConflictIsA409WithRetryAfterEvenWhenWrapped() {
        ApiProblems problems = new ApiProblems();
        Exception[] conflictsSeen = {
            new ConcurrencyException("append"),
            new AggregateStreamCreationException("created twice"),
            new CannotAcquireLockException("deadlock"),
            new CommandExecutionException("wrapped", new ConcurrencyException("append")),
            new TaskConflict("changed at the same time", true, null)
        };
        for (Exception e : conflictsSeen) {
            ResponseEntity<ProblemDetail> answer = problems.unexpected(e);
            assertThat(answer.getStatusCode().value()).as(e.toString()).isEqualTo(409);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
            assertThat(answer.getBody().getType()).isEqualTo(ApiProblems.CONFLICT);
        }
        assertThat(problems.unexpected(new IllegalStateException("a bug"))
                        .getStatusCode()
                        .value())
                .isEqualTo(500);
    }
}
