package org.tongxin.projections.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Holds a projection's statements during one batch of events and runs them when the batch commits, as JDBC batches:
 * one round trip per distinct statement instead of one per event (a replay of the clue pool spent its time in a
 * savepoint and an {@code UPDATE} per event). Each statement belongs to one row key (the aggregate whose event made
 * it); statements of one key run in the order their events came, statements of different keys touch different rows
 * and may run in any order. So the n-th statement of every key runs in the n-th round, and within a round the
 * statements with the same SQL go in one JDBC batch.
 *
 * <p>A batch that fails runs again statement by statement in event order, each in a savepoint; a statement that still
 * fails sends its event to the group's dead-letter queue, and with it every later event of the same key in the batch,
 * which must not be applied past the one missing (the dead-letter queue keeps a sequence's events in order).
 *
 * <p>Outside a processor's batch (a dead letter being retried, a test calling the projection) each statement runs at
 * once and a failure is thrown as it is.
 */
public final class StatementBatch {

    private static final Logger log = LoggerFactory.getLogger(StatementBatch.class);

    private final String group;
    private final String resourceKey;
    private final NamedParameterJdbcTemplate jdbc;
    private final FailureIsolation isolation;

    public StatementBatch(String group, String name, NamedParameterJdbcTemplate jdbc, FailureIsolation isolation) {
        this.group = group;
        this.resourceKey = StatementBatch.class.getName() + "/" + group + "/" + name;
        this.jdbc = jdbc;
        this.isolation = isolation;
    }

    /** Runs {@code sql} with {@code params} for the row {@code key}, after the batch's earlier statements of that key. */
    public void add(String key, String sql, SqlParameterSource params) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            jdbc.update(sql, params);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<Statement> pending = root.getOrComputeResource(resourceKey, k -> {
            List<Statement> created = new ArrayList<>();
            root.onPrepareCommit(u -> flush(created));
            return created;
        });
        EventMessage<?> message = CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> e ? e : null;
        pending.add(new Statement(key, sql, params, message));
    }

    public void add(String key, String sql, Map<String, ?> params) {
        add(key, sql, new MapSqlParameterSource(params));
    }

    private void flush(List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        try {
            isolation.inSavepoint(() -> {
                runInRounds(statements);
                return null;
            });
            return;
        } catch (Exception batchFailure) {
            log.warn(
                    "A batch of {} statements for {} failed; running them one by one",
                    statements.size(),
                    group,
                    batchFailure);
        }
        Map<String, Throwable> failedKeys = new HashMap<>();
        Set<EventMessage<?>> deadLettered = new HashSet<>();
        for (Statement s : statements) {
            Throwable earlier = failedKeys.get(s.key());
            if (earlier == null) {
                try {
                    isolation.inSavepoint(() -> jdbc.update(s.sql(), s.params()));
                    continue;
                } catch (Exception e) {
                    failedKeys.put(s.key(), e);
                    earlier = e;
                }
            }
            // one event may have made several statements; it is dead-lettered once
            if (s.message() != null && deadLettered.add(s.message())) {
                isolation.deadLetter(group, List.of(s.message()), earlier);
            }
        }
    }

    private void runInRounds(List<Statement> statements) {
        Map<String, Integer> seen = new HashMap<>();
        List<Map<String, List<SqlParameterSource>>> rounds = new ArrayList<>();
        for (Statement s : statements) {
            int round = seen.merge(s.key(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round).computeIfAbsent(s.sql(), k -> new ArrayList<>()).add(s.params());
        }
        for (Map<String, List<SqlParameterSource>> round : rounds) {
            round.forEach((sql, params) -> jdbc.batchUpdate(sql, params.toArray(SqlParameterSource[]::new)));
        }
    }

    private record Statement(String key, String sql, SqlParameterSource params, EventMessage<?> message) {}
}
