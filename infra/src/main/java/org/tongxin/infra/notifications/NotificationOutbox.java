package org.tongxin.infra.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link Notice} in the caller's transaction: a notification for each recipient who has not muted its kind,
 * and an outbox row for each channel it must still travel by (the recipient's e-mail, when e-mail is configured and
 * they want it; each robot speaking to one of its audiences). The notices a transaction raises are written together
 * just before it commits, in one savepoint, by one insert of all their notifications that leaves out the kinds each
 * recipient muted (with e-mail configured, their wishes are read first, once for all of them, for the addresses); a
 * completion raises several, and each had paid a savepoint and two round trips per recipient (ADR 42).
 * Whatever goes wrong in that savepoint is logged and counted ({@code tongxin.notifications.failures{stage=raise}})
 * and the cause's own transaction goes on; a transaction that rolls back writes none of its notices.
 */
@Component
class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    private final JdbcClient jdbc;
    private final Preferences preferences;
    private final NotificationSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final TransactionTemplate savepoint;
    private final Counter failures;

    NotificationOutbox(
            JdbcClient jdbc,
            Preferences preferences,
            NotificationSettings settings,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.settings = settings;
        this.mail = mail;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.failures = Counter.builder("tongxin.notifications.failures")
                .tag("stage", "raise")
                .tag("channel", "ALL")
                .description("Notifications that could not be written or delivered")
                .register(meters);
    }

    void raise(Notice notice) {
        Raised raised = new Raised(notice, clock.instant());
        Pending pending = TransactionSynchronizationManager.isActualTransactionActive()
                        && TransactionSynchronizationManager.isSynchronizationActive()
                ? pending()
                : null;
        if (pending != null && !pending.written) {
            pending.raised.add(raised);
        } else {
            // no transaction, or one whose notices were already written (a notice raised by work that runs at its
            // commit, after the outbox's turn): written now rather than kept for a write that has passed
            writeInSavepoint(List.of(raised));
        }
    }

    /** A notice and when it was raised. */
    private record Raised(Notice notice, Instant at) {}

    /**
     * The notices the current transaction has raised so far, written by its {@code beforeCommit}. They are kept in the
     * transaction's synchronization, which Spring suspends with its transaction, so a transaction of its own started
     * meanwhile (REQUIRES_NEW) keeps its notices apart.
     */
    private Pending pending() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.outbox() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Writes what a transaction raised just before it commits; a transaction that rolls back writes none of it. */
    private final class Pending implements TransactionSynchronization {

        private final List<Raised> raised = new ArrayList<>();
        private boolean written;

        NotificationOutbox outbox() {
            return NotificationOutbox.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            List<Raised> all = List.copyOf(raised);
            raised.clear();
            writeInSavepoint(all);
        }
    }

    /** Writes {@code raised} together; if that fails, each notice on its own, so one bad notice loses only itself. */
    private void writeInSavepoint(List<Raised> raised) {
        if (raised.isEmpty()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> write(raised));
            return;
        } catch (RuntimeException e) {
            if (raised.size() == 1) {
                notWritten(raised.get(0), e);
                return;
            }
            log.warn("{} notifications could not be written together; writing them one by one", raised.size(), e);
        }
        for (Raised one : raised) {
            try {
                savepoint.executeWithoutResult(status -> write(List.of(one)));
            } catch (RuntimeException e) {
                notWritten(one, e);
            }
        }
    }

    private void notWritten(Raised raised, RuntimeException e) {
        failures.increment();
        log.error(
                "Notification {} of {} not written; the cause goes on without it",
                raised.notice().kind(),
                raised.notice().cause(),
                e);
    }

    private void write(List<Raised> raised) {
        if (mail.getIfAvailable() == null) {
            // without e-mail nothing but the muted kinds is read from the wishes: the insert skips them itself
            List<Row> rows = new ArrayList<>();
            raised.forEach(r -> r.notice().recipients().forEach(to -> rows.add(new Row(UUID.randomUUID(), to, r))));
            insertNotifications(rows, true);
        } else {
            Set<String> recipients = new LinkedHashSet<>();
            raised.forEach(r -> recipients.addAll(r.notice().recipients()));
            Map<String, Preferences.Preference> wishes = preferences.of(recipients);
            List<Row> rows = new ArrayList<>();
            for (Raised r : raised) {
                for (String recipient : r.notice().recipients()) {
                    if (wishes.get(recipient).wants(r.notice().kind())) {
                        rows.add(new Row(UUID.randomUUID(), recipient, r));
                    }
                }
            }
            Set<UUID> inserted = insertNotifications(rows, false);
            for (Row row : rows) {
                if (inserted.contains(row.id())) {
                    Notice notice = row.raised().notice();
                    wishes.get(row.recipient())
                            .mailTo()
                            .ifPresent(address -> enqueue(
                                    row.id(),
                                    Channel.EMAIL,
                                    address,
                                    row.recipient(),
                                    notice,
                                    notice.cause(),
                                    row.raised().at()));
                }
            }
        }
        for (Raised r : raised) {
            Notice notice = r.notice();
            for (NotificationSettings.Robot robot : settings.robots()) {
                String audience = robot.audiences().stream()
                        .filter(notice.audiences()::contains)
                        .sorted()
                        .findFirst()
                        .orElse(null);
                if (audience != null) {
                    enqueue(null, robot.kind(), robot.name(), audience, notice, notice.cause(), r.at());
                }
            }
        }
    }

    /** One recipient's notification of one notice. */
    private record Row(UUID id, String recipient, Raised raised) {}

    /** A citizen's e-mail: no account and no in-app notification, only the outbox row. */
    void mailCitizen(String trackingCode, String address, Notice notice) {
        if (mail.getIfAvailable() == null) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> enqueue(
                    null, Channel.EMAIL, address, "citizen:" + trackingCode, notice, notice.cause(), clock.instant()));
        } catch (RuntimeException e) {
            failures.increment();
            log.error("Tracking notification for a subscriber not written; the cause goes on without it", e);
        }
    }

    /**
     * Inserts every row in one statement; answers the ids inserted (a recipient told of a cause before is not). With
     * {@code skipMuted} the statement itself leaves out each row whose recipient muted its kind.
     */
    private Set<UUID> insertNotifications(List<Row> rows, boolean skipMuted) {
        if (rows.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        """
                INSERT INTO notification (notification_id, recipient, kind, subject_key, detail, link, dedup_key,
                                          created_at)
                SELECT r.id, r.recipient, r.kind, r.subject, r.detail, r.link, r.cause, r.at
                  FROM unnest(CAST(:ids AS uuid[]), CAST(:recipients AS text[]), CAST(:kinds AS text[]),
                              CAST(:subjects AS text[]), CAST(:details AS text[]), CAST(:links AS text[]),
                              CAST(:causes AS text[]), CAST(:ats AS timestamptz[]))
                       AS r (id, recipient, kind, subject, detail, link, cause, at)
                  LEFT JOIN notification_preference p ON p.username = r.recipient
                 WHERE NOT :skipMuted OR p.username IS NULL OR NOT (r.kind = ANY (p.muted_kinds))
                ON CONFLICT (recipient, dedup_key) DO NOTHING
                RETURNING notification_id
                """)
                .param("skipMuted", skipMuted)
                .param("ids", column(rows, r -> r.id().toString()))
                .param("recipients", column(rows, Row::recipient))
                .param("kinds", column(rows, r -> r.raised().notice().kind().name()))
                .param("subjects", column(rows, r -> r.raised().notice().subjectKey()))
                .param("details", column(rows, r -> r.raised().notice().detail()))
                .param("links", column(rows, r -> r.raised().notice().link()))
                .param("causes", column(rows, r -> r.raised().notice().cause()))
                .param("ats", column(rows, r -> r.raised().at().toString()))
                .query(UUID.class)
                .list());
    }

    private static String[] column(List<Row> rows, Function<Row, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private void enqueue(
            UUID notification,
            Channel channel,
            String address,
            String recipient,
            Notice notice,
            String cause,
            Instant now) {
        jdbc.sql(
                        """
                INSERT INTO notification_delivery (delivery_id, notification_id, channel, address, recipient, kind,
                                                   subject_key, detail, link, dedup_key, state, attempts,
                                                   next_attempt_at, created_at)
                VALUES (:id, :notification, :channel, :address, :recipient, :kind, :subject, :detail, :link, :cause,
                        'PENDING', 0, :at, :at)
                ON CONFLICT (channel, address, dedup_key) DO NOTHING
                """)
                .param("id", UUID.randomUUID())
                .param("notification", notification)
                .param("channel", channel.name())
                .param("address", address)
                .param("recipient", recipient)
                .param("kind", notice.kind().name())
                .param("subject", notice.subjectKey())
                .param("detail", notice.detail())
                .param("link", notice.link())
                .param("cause", cause)
                .param("at", Timestamp.from(now))
                .update();
    }
}
