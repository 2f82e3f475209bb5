package org.tongxin.infra.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox writes the notices a transaction raised together when it commits (one read of the recipients' wishes,
 * one insert of their notifications, ADR 42), and keeps what it promised when each notice had its own savepoint: a
 * rolled-back transaction tells nobody, a muted kind is not written, a recipient hears of one cause once, a notice
 * that cannot be written loses only itself and the cause commits, and a transaction of its own keeps its notices.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotificationOutboxIT {

    @Autowired
    NotificationOutbox outbox;

    @Autowired
    Preferences preferences;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MeterRegistry meters;

    @Autowired
    NotificationBell bell;

    @Autowired
    NotificationInbox inbox;

    @Test
    void theHeadersBellCountsNoFurtherThanItShowsThePagesCountAll() {
        String recipient = "bell-" + UUID.randomUUID();
        String cause = "bell-it:" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < 150; i++) {
                outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":" + i, Set.of(recipient)));
            }
        });
        jdbc.sql("UPDATE notification SET read_at = now() WHERE recipient = :r AND dedup_key = :d")
                .param("r", recipient)
                .param("d", cause + ":0")
                .update();

        // the header shows "99+" past 99: it stops counting at 100
        assertThat(bell.unread(recipient)).isEqualTo(NotificationBell.SHOWN_UP_TO);
        // the notifications page and the API say how many, exactly
        assertThat(inbox.unread(recipient)).isEqualTo(149);
        assertThat(inbox.unreadUpTo(recipient, 1_000)).isEqualTo(149);
        assertThat(bell.unread("bell-nobody-" + UUID.randomUUID())).isZero();
    }

    @Test
    void theNoticesOfATransactionAreWrittenWhenItCommitsEachRecipientOncePerCause() {
        String cause = "outbox-it:" + UUID.randomUUID();
        String code = UUID.randomUUID().toString().replace("-", "");
        String muting = "outbox-muting-" + UUID.randomUUID();
        preferences.save(muting, new Preferences.Preference(null, false, Set.of(NotificationKind.TASK_NEW)));

        List<Long> seenInside = new TransactionTemplate(transactions).execute(status -> {
            outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":a", Set.of("ann", "bo", muting)));
            outbox.raise(notice(NotificationKind.TASK_ASSIGNED, cause + ":b", Set.of("bo", muting)));
            // the same cause raised again (a retried handler) tells nobody twice
            outbox.raise(notice(NotificationKind.TASK_ASSIGNED, cause + ":b", Set.of("bo")));
            jdbc.sql("INSERT INTO tracking_code (code, clue_id) VALUES (:c, :c)")
                    .param("c", code)
                    .update();
            return List.of(rows(cause), (long) jdbc.sql("SELECT count(*) FROM tracking_code WHERE code = :c")
                    .param("c", code)
                    .query(Long.class)
                    .single());
        });

        // nothing was written while the transaction ran; the cause's own write was
        assertThat(seenInside).containsExactly(0L, 1L);
        assertThat(jdbc.sql("SELECT recipient || ' ' || kind || ' ' || dedup_key FROM notification"
                                + " WHERE dedup_key LIKE :c ORDER BY 1")
                        .param("c", cause + "%")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "ann TASK_NEW " + cause + ":a",
                        "bo TASK_ASSIGNED " + cause + ":b",
                        "bo TASK_NEW " + cause + ":a",
                        muting + " TASK_ASSIGNED " + cause + ":b");
    }

    @Test
    void aNoticeRaisedByWorkAtCommitAfterTheOutboxesTurnIsStillWritten() {
        String cause = "outbox-late:" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":early", Set.of("ann")));
            // registered after the outbox's own, so it runs at commit once the outbox has written what it held
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":late", Set.of("ann")));
                }
            });
        });

        assertThat(rows(cause)).isEqualTo(2);
    }

    @Test
    void aRolledBackTransactionTellsNobody() {
        String cause = "outbox-it:" + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.raise(notice(NotificationKind.TASK_NEW, cause, Set.of("ann")));
            status.setRollbackOnly();
        });

        assertThat(rows(cause)).isZero();
    }

    @Test
    void aNoticeThatCannotBeWrittenLosesOnlyItselfAndTheCauseCommits() {
        String cause = "outbox-it:" + UUID.randomUUID();
        String code = UUID.randomUUID().toString().replace("-", "");
        double failedBefore = failures();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":good", Set.of("ann")));
            // a notification must name its case: this one breaks the table's NOT NULL
            outbox.raise(new Notice(
                    NotificationKind.TASK_NEW, null, "Task_X", "/tasks/x", cause + ":bad", Set.of("bo"), Set.of()));
            jdbc.sql("INSERT INTO tracking_code (code, clue_id) VALUES (:c, :c)")
                    .param("c", code)
                    .update();
        });

        assertThat(rows(cause + ":good")).isOne();
        assertThat(rows(cause + ":bad")).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_code WHERE code = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(failures()).isEqualTo(failedBefore + 1);
    }

    @Test
    void aTransactionOfItsOwnKeepsItsNoticesWhenTheOuterOneRollsBack() {
        String cause = "outbox-it:" + UUID.randomUUID();
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":outer", Set.of("ann")));
            own.executeWithoutResult(
                    inner -> outbox.raise(notice(NotificationKind.TASK_NEW, cause + ":inner", Set.of("ann"))));
            status.setRollbackOnly();
        });

        assertThat(rows(cause + ":inner")).isOne();
        assertThat(rows(cause + ":outer")).isZero();
    }

    private static Notice notice(NotificationKind kind, String cause, Set<String> recipients) {
        return new Notice(kind, "clue-1", "Task_ClassifyClue", "/tasks/1", cause, recipients, Set.of());
    }

    private long rows(String causePrefix) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE dedup_key LIKE :c")
                .param("c", causePrefix + "%")
                .query(Long.class)
                .single();
    }

    private double failures() {
        return meters.get("tongxin.notifications.failures")
                .tag("stage", "raise")
                .tag("channel", "ALL")
                .counter()
                .count();
    }
}
