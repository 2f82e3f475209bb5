package org.tongxin.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Turns on one thread, a fixed delay apart, never overlapping; a failed turn is followed by the next; stop ends it. */
class BackgroundWorkerTest {

    /** Fails every other turn and records how many turns ever ran at once. */
    static final class Flaky extends BackgroundWorker {

        final AtomicInteger turns = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        volatile boolean enabled = true;

        Flaky() {
            super("flaky-test");
        }

        @Override
        protected Duration delay() {
            return Duration.ofMillis(5);
        }

        @Override
        protected boolean enabled() {
            return enabled;
        }

        @Override
        protected void turn() {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                if (turns.incrementAndGet() % 2 == 1) {
                    throw new IllegalStateException("the database went away");
                }
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void turnsGoOnAfterAFailureOneAtATimeUntilStopped() {
        Flaky worker = new Flaky();
        worker.start();
        assertThat(worker.isRunning()).isTrue();
        worker.scheduleTurns();

        await().atMost(Duration.ofSeconds(10)).until(() -> worker.turns.get() >= 6);
        assertThat(worker.mostAtOnce.get()).isEqualTo(1);

        worker.stop();
        assertThat(worker.isRunning()).isFalse();
        int afterStop = worker.turns.get();
        await().during(Duration.ofMillis(100))
                .atMost(Duration.ofSeconds(1))
                .until(() -> worker.turns.get() == afterStop);
    }

    @Test
    void aDisabledWorkerRunsNoTurnAndStopsCleanly() {
        Flaky worker = new Flaky();
        worker.enabled = false;
        worker.start();
        worker.scheduleTurns();
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> worker.turns.get() == 0);
        worker.stop();
        worker.stop();
        assertThat(worker.isRunning()).isFalse();
    }

    @Test
    void stopInterruptsATurnThatWaitsAndReturnsWhenItEnded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        BackgroundWorker blocked = new BackgroundWorker("blocked-test") {
            @Override
            protected Duration delay() {
                return Duration.ofMillis(1);
            }

            @Override
            protected void turn() {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted mid-turn", e);
                }
            }
        };
        blocked.start();
        blocked.scheduleTurns();
        assertThat(started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        blocked.stop();

        assertThat(interrupted.get()).isEqualTo(1);
        assertThat(blocked.isRunning()).isFalse();
    }
}
