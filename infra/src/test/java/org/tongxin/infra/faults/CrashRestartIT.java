package org.tongxin.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the packaged app under load, then a plain start on the same data directory: the app must come
 * up without anyone killing the orphaned embedded PostgreSQL by hand, and every write a client saw acknowledged
 * must be in the event store once and in the read model, including the submissions that were in flight at the
 * crash and were retried with their {@code Idempotency-Key}. Then the same under SIGTERM, which must stop the app and
 * its database within 30 s. {@code tongxin.faults.iterations} sets how many crashes one run makes (1 in the normal
 * build, more in the {@code faults} profile).
 */
class CrashRestartIT {

    @TempDir
    Path dataDirectory;

    private AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        EmbeddedDatabase.stopOrphan(dataDirectory);
    }

    @Test
    void killMinusNineAndSigtermUnderLoadThenAPlainStartComesUpAndLosesNoAcknowledgedWrite() throws Exception {
        int iterations = Integer.getInteger("tongxin.faults.iterations", 1);
        Ledger ledger = new Ledger();
        for (int i = 0; i < iterations; i++) {
            app = start("crash-" + i);
            URI base = app.awaitReady(Duration.ofMinutes(3));
            ledger.retryUnanswered(base);
            int before = ledger.acknowledged.size();
            AtomicBoolean stopLoad = new AtomicBoolean();
            ledger.load(base, "crash" + i, 4, stopLoad);
            await().atMost(Duration.ofMinutes(1)).until(() -> ledger.acknowledged.size() >= before + 20);
            app.kill();
            stopLoad.set(true);

            EmbeddedDatabase.LockFile orphan = EmbeddedDatabase.lockFile(dataDirectory);
            assertThat(ProcessHandle.of(orphan.pid()).map(ProcessHandle::isAlive))
                    .as("the precondition: the killed JVM's postmaster is still running")
                    .contains(true);
        }

        app = start("crash-final");
        URI base = app.awaitReady(Duration.ofMinutes(3));
        ledger.retryUnanswered(base);
        assertThat(ledger.unanswered)
                .as("submissions never acknowledged, even on retry")
                .isEmpty();
        assertLedgerHeld(ledger);
        FreshReplay.Outcome afterCrash = compareWithFreshReplay(base);
        assertThat(afterCrash.mismatches())
                .as("read-model rows unlike a fresh replay after kill -9: %s", afterCrash.mismatchesByTable())
                .isZero();

        // SIGTERM under load: the JVM and its embedded PostgreSQL stop within 30 s, then a start finds everything.
        AtomicBoolean stopLoad = new AtomicBoolean();
        ledger.load(base, "sigterm", 4, stopLoad);
        int beforeSigterm = ledger.acknowledged.size();
        await().atMost(Duration.ofMinutes(1)).until(() -> ledger.acknowledged.size() >= beforeSigterm + 20);
        Duration stopped = app.terminate(Duration.ofSeconds(90));
        stopLoad.set(true);
        assertThat(stopped).as("SIGTERM under load").isNotNull().isLessThan(Duration.ofSeconds(30));
        assertThat(Files.exists(dataDirectory.resolve("postmaster.pid"))
                        && ProcessHandle.of(
                                        EmbeddedDatabase.lockFile(dataDirectory).pid())
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                .as("the embedded PostgreSQL stopped with the app")
                .isFalse();
        app = start("sigterm-restart");
        base = app.awaitReady(Duration.ofMinutes(3));
        ledger.retryUnanswered(base);
        assertThat(ledger.unanswered).isEmpty();
        assertLedgerHeld(ledger);
        FreshReplay.Outcome afterSigterm = compareWithFreshReplay(base);
        assertThat(afterSigterm.mismatches())
                .as("read-model rows unlike a fresh replay after SIGTERM: %s", afterSigterm.mismatchesByTable())
                .isZero();

        FaultFigures.record(
                "crash-restart",
                "kill9Iterations=%d acknowledged=%d retriedAfterCrash=%d lost=0 duplicated=0 answered409=%d answered5xx=%d sigtermUnderLoadStoppedIn=%dms afterKill9: %s afterSigterm: %s"
                        .formatted(
                                iterations,
                                ledger.acknowledged.size(),
                                ledger.retried.get(),
                                ledger.statuses409.get(),
                                ledger.serverErrors.get(),
                                stopped.toMillis(),
                                afterCrash.figures(),
                                afterSigterm.figures()));
    }

    /** Every acknowledged title once in the event store under its code, and in the read model. */
    private void assertLedgerHeld(Ledger ledger) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.of(dataDirectory)) {
            ledger.assertHeldBy(db);
        }
    }

    /** The read models against a fresh replay, through the demo administrator of the embedded default. */
    private FreshReplay.Outcome compareWithFreshReplay(URI base) throws Exception {
        return FreshReplay.compare(
                new Http(base),
                "admin",
                "demo",
                () -> DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:"
                                + EmbeddedDatabase.lockFile(dataDirectory).port() + "/tongxin",
                        "postgres",
                        ""));
    }

    private AppProcess start(String name) throws Exception {
        return AppProcess.start(
                name,
                List.of(
                        "--tongxin.embedded-postgres.data-directory=" + dataDirectory,
                        "--tongxin.rate-limit.enabled=false"));
    }
}
