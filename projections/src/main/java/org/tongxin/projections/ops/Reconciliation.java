package org.tongxin.projections.ops;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.projections.activity.MemberActivityProjection;
import org.tongxin.projections.audit.AuditLogProjection;
import org.tongxin.projections.clue.CluePoolProjection;
import org.tongxin.projections.cluecase.ClueCaseProjection;
import org.tongxin.projections.consultation.ConsultationProjection;
import org.tongxin.projections.handling.HandlingProjection;
import org.tongxin.projections.proposal.ProposalProjection;
import org.tongxin.projections.report.ReportProjection;
import org.tongxin.projections.supervision.SupervisionProjection;

/**
 * Compares each read model with the event store and re-projects the aggregates it is missing events of. A processor
 * can pass an event for good (an event committed after Axon's gap timeout, a token moved by hand), and nothing else
 * would ever notice; this check does.
 *
 * <p>Only events at or below the group's lowest token position are compared, so a view that is merely behind by
 * its lag is not a mismatch, and sequences waiting in the group's dead-letter queue are left to the administrator.
 * A view row records the last sequence number folded into it: the row is behind when the store holds a later event
 * of that aggregate. The audit log is compared event by event. An aggregate found behind in any read model is repaired
 * in every one: its rows are deleted and all its events applied again through the projection's own handlers, in one
 * transaction, so readers never see it missing.
 *
 * <p>My-work rows are per task, not per aggregate, and are not compared here; a replay rebuilds them.
 */
@Component
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final int EXAMPLES = 10;
    /** Aggregates repaired per read model and run; the next run takes the rest. */
    private static final int REPAIR_LIMIT = 500;

    /** {@code rows} is what the group's row count is taken from, when the table holds rows of several types. */
    private record View(String group, String type, String table, String id, List<String> forget, String rows) {
        View(String group, String type, String table, String id, List<String> forget) {
            this(group, type, table, id, forget, table);
        }
    }

    private static final List<View> VIEWS = Stream.concat(
                    Stream.of(
                            new View(
                                    CluePoolProjection.GROUP,
                                    "Clue",
                                    "clue_view",
                                    "clue_id",
                                    List.of(
                                            "DELETE FROM clue_view WHERE clue_id = :id",
                                            "DELETE FROM clue_merge WHERE clue_id = :id OR merged_clue_id = :id")),
                            new View(
                                    ClueCaseProjection.GROUP,
                                    "Clue",
                                    "clue_case_view",
                                    "clue_id",
                                    List.of("DELETE FROM clue_case_view WHERE clue_id = :id")),
                            new View(
                                    ProposalProjection.GROUP,
                                    "Proposal",
                                    "proposal_view",
                                    "proposal_id",
                                    List.of("DELETE FROM proposal_view WHERE proposal_id = :id")),
                            new View(
                                    HandlingProjection.GROUP,
                                    "Handling",
                                    "handling_view",
                                    "handling_id",
                                    List.of("DELETE FROM handling_view WHERE handling_id = :id")),
                            new View(
                                    ConsultationProjection.GROUP,
                                    "ConsultationTopic",
                                    "consultation_view",
                                    "topic_id",
                                    List.of("DELETE FROM consultation_view WHERE topic_id = :id")),
                            new View(
                                    SupervisionProjection.GROUP,
                                    "SupervisionEntry",
                                    "supervision_view",
                                    "supervision_id",
                                    List.of("DELETE FROM supervision_view WHERE supervision_id = :id")),
                            new View(
                                    ReportProjection.GROUP,
                                    "OpinionReport",
                                    "report_view",
                                    "report_id",
                                    List.of("DELETE FROM report_view WHERE report_id = :id")),
                            new View(
                                    ReportProjection.GROUP,
                                    "Bulletin",
                                    "bulletin_view",
                                    "bulletin_id",
                                    List.of("DELETE FROM bulletin_view WHERE bulletin_id = :id"))),
                    // the member activities keep one source row per aggregate they fold, of several types
                    MemberActivityProjection.TYPES.stream()
                            .map(type -> new View(
                                    MemberActivityProjection.GROUP,
                                    type,
                                    "member_activity_source",
                                    "source_id",
                                    List.of("DELETE FROM member_activity_source WHERE source_id = :id"),
                                    "member_activity_source WHERE type = '" + type + "'")))
            .toList();

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final TokenRows tokens;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<ReconciliationReport> last = new AtomicReference<>();
    private final Map<String, Long> lastMismatches = new ConcurrentHashMap<>();

    Reconciliation(
            JdbcClient jdbc,
            EventStore eventStore,
            EventProcessingConfiguration processing,
            TransactionManager transactions,
            TokenRows tokens) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.processing = processing;
        this.transactions = transactions;
        this.tokens = tokens;
    }

    /** The groups compared, each a bounded metric tag. */
    public static List<String> groups() {
        List<String> groups =
                new ArrayList<>(VIEWS.stream().map(View::group).distinct().toList());
        groups.add(AuditLogProjection.GROUP);
        return groups;
    }

    /** Mismatches the last run found in {@code group}; 0 before the first run. */
    public long lastMismatches(String group) {
        return lastMismatches.getOrDefault(group, 0L);
    }

    public ReconciliationReport lastReport() {
        return last.get();
    }

    /** Compares every read model with the event store and repairs what is behind. */
    public synchronized ReconciliationReport run() {
        List<ReconciliationReport.Projection> results = new ArrayList<>();
        Set<String> behind = new LinkedHashSet<>();
        Map<String, List<String>> found = new ConcurrentHashMap<>();
        for (View v : VIEWS) {
            List<String> ids = behindInView(v);
            // keyed by group and type: one group may keep views of several aggregate types
            found.put(v.group() + "/" + v.type(), ids);
            behind.addAll(ids);
        }
        List<String> auditBehind = behindInAudit();
        found.put(AuditLogProjection.GROUP, auditBehind);
        behind.addAll(auditBehind);

        List<String> toRepair = behind.stream().limit(REPAIR_LIMIT).toList();
        long repaired = 0;
        for (String aggregate : toRepair) {
            try {
                repair(aggregate);
                repaired++;
            } catch (RuntimeException e) {
                log.error("Reconciliation could not re-project aggregate {}", aggregate, e);
            }
        }
        for (View v : VIEWS) {
            results.add(result(v.group(), v.type(), countAggregates(v.type()), countRows(v.rows()), found, toRepair));
        }
        results.add(result(
                AuditLogProjection.GROUP,
                null,
                jdbc.sql("SELECT count(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single(),
                found,
                toRepair));
        ReconciliationReport report = new ReconciliationReport(clock.instant(), List.copyOf(results));
        report.projections().forEach(p -> lastMismatches.put(p.group(), 0L));
        for (ReconciliationReport.Projection p : report.projections()) {
            lastMismatches.merge(p.group(), p.mismatches(), Long::sum);
            if (p.mismatches() > 0) {
                log.error(
                        "ALERT projection {} had missed events of {} aggregates (e.g. {}); {} re-projected",
                        p.group(),
                        p.mismatches(),
                        p.examples(),
                        p.repaired());
            }
        }
        last.set(report);
        if (repaired > 0) {
            log.warn("Reconciliation re-projected {} aggregates", repaired);
        }
        return report;
    }

    private ReconciliationReport.Projection result(
            String group, String type, long store, long rows, Map<String, List<String>> found, List<String> repaired) {
        List<String> ids = found.getOrDefault(type == null ? group : group + "/" + type, List.of());
        return new ReconciliationReport.Projection(
                group,
                type,
                store,
                rows,
                ids.size(),
                ids.stream().filter(repaired::contains).count(),
                ids.stream().limit(EXAMPLES).toList());
    }

    /** Aggregates whose last event the group has passed but whose view row is missing or older. */
    private List<String> behindInView(View v) {
        long passed = passed(v.group());
        return jdbc.sql("SELECT e.aggregate_identifier FROM domain_event_entry e"
                        + " WHERE e.type = :type AND e.global_index <= :passed"
                        + " AND e.aggregate_identifier NOT IN (SELECT sequence_identifier FROM dead_letter_entry"
                        + " WHERE processing_group = :group)"
                        + " GROUP BY e.aggregate_identifier"
                        + " HAVING max(e.sequence_number) > COALESCE((SELECT r.version FROM " + v.table() + " r"
                        + " WHERE r." + v.id() + " = e.aggregate_identifier), -1)"
                        + " ORDER BY e.aggregate_identifier")
                .param("type", v.type())
                .param("passed", passed)
                .param("group", v.group())
                .query(String.class)
                .list();
    }

    /** Aggregates with an event the audit log has passed but holds no row for. */
    private List<String> behindInAudit() {
        long passed = passed(AuditLogProjection.GROUP);
        return jdbc.sql("SELECT DISTINCT e.aggregate_identifier FROM domain_event_entry e"
                        + " WHERE e.global_index <= :passed"
                        + " AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.event_id = e.event_identifier)"
                        + " AND e.aggregate_identifier NOT IN (SELECT sequence_identifier FROM dead_letter_entry"
                        + " WHERE processing_group = :group)"
                        + " ORDER BY e.aggregate_identifier")
                .param("passed", passed)
                .param("group", AuditLogProjection.GROUP)
                .query(String.class)
                .list();
    }

    /** The lowest position over the group's segments: every segment has handled or passed every event up to it. */
    private long passed(String group) {
        return tokens.of(group).stream()
                .mapToLong(TokenRows.Segment::position)
                .min()
                .orElse(-1L);
    }

    private long countAggregates(String type) {
        return jdbc.sql("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry WHERE type = :t")
                .param("t", type)
                .query(Long.class)
                .single();
    }

    private long countRows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /**
     * Deletes the aggregate's rows from every view and applies all its events again through each group's handlers,
     * in one transaction. The audit log only gains the rows it lacks; the views are folded from the first event.
     */
    public void repair(String aggregateId) {
        // Handlers that take the tracking token (the audit log, my work) only see tracked messages; each event is
        // given a token at its own position.
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("SELECT event_identifier, global_index FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", aggregateId)
                .query(rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        List<DomainEventMessage<?>> events = eventStore
                .readEvents(aggregateId)
                .asStream()
                .<DomainEventMessage<?>>map(e -> positions.containsKey(e.getIdentifier())
                        ? new GenericTrackedDomainEventMessage<>(
                                GapAwareTrackingToken.newInstance(positions.get(e.getIdentifier()), Set.of()), e)
                        : e)
                .toList();
        if (events.isEmpty()) {
            return;
        }
        String type = events.get(0).getType();
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        uow.attachTransaction(transactions);
        uow.execute(() -> {
            for (View v : VIEWS) {
                if (v.type().equals(type)) {
                    v.forget()
                            .forEach(sql ->
                                    jdbc.sql(sql).param("id", aggregateId).update());
                    apply(v.group(), events);
                }
            }
            apply(AuditLogProjection.GROUP, events);
        });
    }

    private void apply(String group, List<? extends DomainEventMessage<?>> events) {
        EventHandlerInvoker invoker = processing
                .eventProcessor(group, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(group))
                .eventHandlerInvoker();
        for (DomainEventMessage<?> event : events) {
            try {
                invoker.handle(event, Segment.ROOT_SEGMENT);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("re-projecting " + event.getIdentifier() + " in " + group, e);
            }
        }
    }
}
