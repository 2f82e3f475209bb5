package org.tongxin.projections.similar;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;
import org.tongxin.projections.support.FailureIsolation;

/**
 * Writes guard on the aggregate's sequence number, so redelivery and replay leave a row as it is. Within a processor's
 * batch the changes wait for the batch to commit and are written together ({@link IndexChanges}); document frequencies
 * move in one statement per batch in word order, so two segments writing at once lock the same rows in the same order
 * and never deadlock.
 */
@Repository
class SimilarityRepository {

    /** The longest word kept in the term table; longer ones (a run of Latin letters) say nothing about the matter. */
    static final int TERM_MAX = 200;

    private static final Logger log = LoggerFactory.getLogger(SimilarityRepository.class);
    private static final String BATCH = SimilarityRepository.class.getName() + "/batch";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FailureIsolation isolation;

    SimilarityRepository(JdbcClient jdbc, JdbcTemplate template, FailureIsolation isolation) {
        this.jdbc = jdbc;
        this.template = template;
        this.isolation = isolation;
    }

    record Candidate(ItemKind kind, String id, String title, String reference, List<String> tokens) {}

    /** Indexes an item that anyone may be shown. */
    void index(ItemKind kind, String id, String title, String reference, String text, long sequence) {
        index(kind, id, title, reference, text, sequence, true);
    }

    /**
     * Indexes an item's text; {@code shown} only applies when the item is new (a draft is kept from candidates until
     * {@link #show}), a re-indexed item keeps whether it is shown.
     */
    void index(ItemKind kind, String id, String title, String reference, String text, long sequence, boolean shown) {
        write(new IndexChanges.Index(new IndexChanges.Key(kind, id), title, reference, text, sequence, shown));
    }

    /** A draft submitted: from now on it is a candidate like any other item. */
    void show(ItemKind kind, String id, long sequence) {
        write(new IndexChanges.Show(new IndexChanges.Key(kind, id), sequence));
    }

    /** A new reference (a proposal's filing number) without a change of text. */
    void reference(ItemKind kind, String id, String reference, long sequence) {
        write(new IndexChanges.Reference(new IndexChanges.Key(kind, id), reference, sequence));
    }

    /**
     * Within a processor's batch the change waits for the batch to commit and is written with the batch's others
     * ({@link #flush}); outside one (a dead letter retried) it is written at once and a failure is thrown as it is.
     */
    private void write(IndexChanges.Change change) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?>)) {
            writeTogether(List.of(change));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<Pending> pending = root.getResource(BATCH);
        if (pending == null) {
            // not getOrComputeResource: handlers run while other resources of the batch may be being computed
            List<Pending> created = new ArrayList<>();
            root.resources().put(BATCH, created);
            root.onPrepareCommit(u -> flush(created));
            pending = created;
        }
        EventMessage<?> message = CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> e ? e : null;
        pending.add(new Pending(change, message));
    }

    private record Pending(IndexChanges.Change change, EventMessage<?> message) {}

    /**
     * Writes a batch's changes together: the items they touch read in one statement, the items written in one JDBC
     * batch, every word's document frequency moved by one statement in word order, the item count once. A replay
     * wrote a savepoint, a read, an insert, the item count and the words per event, and the two segments queued on the
     * item count's row. If that fails the changes are written again one by one, each in a savepoint; a change that
     * still fails sends its event to the dead-letter queue with the batch's later events of the same item.
     */
    private void flush(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            isolation.inSavepoint(() -> {
                writeTogether(pending.stream().map(Pending::change).toList());
                return null;
            });
            return;
        } catch (Exception batchFailure) {
            log.warn("A batch of {} similarity changes failed; writing them one by one", pending.size(), batchFailure);
        }
        Map<IndexChanges.Key, Throwable> failed = new HashMap<>();
        for (Pending p : pending) {
            Throwable earlier = failed.get(p.change().key());
            if (earlier == null) {
                try {
                    isolation.inSavepoint(() -> {
                        writeTogether(List.of(p.change()));
                        return null;
                    });
                    continue;
                } catch (Exception e) {
                    failed.put(p.change().key(), e);
                    earlier = e;
                }
            }
            if (p.message() != null) {
                isolation.deadLetter(SimilarityProjection.GROUP, List.of(p.message()), earlier);
            }
        }
    }

    private void writeTogether(List<IndexChanges.Change> changes) {
        IndexChanges batch = new IndexChanges(stored(
                changes.stream().map(IndexChanges.Change::key).collect(Collectors.toCollection(LinkedHashSet::new))));
        changes.forEach(batch::apply);
        List<IndexChanges.Item> items = batch.written();
        if (items.isEmpty()) {
            return;
        }
        template.batchUpdate(
                """
                INSERT INTO similarity_item (kind, item_id, title, reference, tokens, search_keys, version, shown)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, item_id) DO UPDATE SET title = EXCLUDED.title, reference = EXCLUDED.reference,
                       tokens = EXCLUDED.tokens, search_keys = EXCLUDED.search_keys, version = EXCLUDED.version,
                       shown = EXCLUDED.shown
                """,
                items,
                items.size(),
                (ps, item) -> {
                    Connection connection = ps.getConnection();
                    ps.setString(1, item.key().kind().name());
                    ps.setString(2, item.key().id());
                    ps.setString(3, item.title());
                    ps.setString(4, item.reference());
                    ps.setArray(
                            5, connection.createArrayOf("text", item.tokens().toArray()));
                    ps.setArray(
                            6,
                            connection.createArrayOf("text", item.searchKeys().toArray()));
                    ps.setLong(7, item.version());
                    ps.setBoolean(8, item.shown());
                });
        int added = batch.added();
        if (added > 0) {
            jdbc.sql("UPDATE similarity_corpus SET items = items + :n WHERE id = 1")
                    .param("n", added)
                    .update();
        }
        Map<String, Long> moves = batch.frequencies();
        if (!moves.isEmpty()) {
            // every word of a stored item was counted when the item was written, so a word losing one has its row
            jdbc.sql(
                            """
                            INSERT INTO similarity_term (term, df)
                            SELECT t, d FROM unnest(:terms, :moves) AS m(t, d) ORDER BY t
                            ON CONFLICT (term) DO UPDATE SET df = similarity_term.df + EXCLUDED.df
                            """)
                    .param("terms", textArray(moves.keySet()))
                    .param("moves", bigintArray(moves.values()))
                    .update();
        }
    }

    /** The items of {@code keys} as stored, locked until the transaction ends, in key order. */
    private Map<IndexChanges.Key, IndexChanges.Item> stored(Collection<IndexChanges.Key> keys) {
        Map<IndexChanges.Key, IndexChanges.Item> stored = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT kind, item_id, title, reference, tokens, search_keys, version, shown
                          FROM similarity_item
                         WHERE (kind, item_id) IN (SELECT k, i FROM unnest(:kinds, :ids) AS wanted(k, i))
                         ORDER BY kind, item_id
                           FOR UPDATE
                        """)
                .param(
                        "kinds",
                        textArray(keys.stream().map(k -> k.kind().name()).toList()))
                .param("ids", textArray(keys.stream().map(IndexChanges.Key::id).toList()))
                .query(rs -> {
                    IndexChanges.Key key =
                            new IndexChanges.Key(ItemKind.valueOf(rs.getString("kind")), rs.getString("item_id"));
                    stored.put(
                            key,
                            new IndexChanges.Item(
                                    key,
                                    rs.getString("title"),
                                    rs.getString("reference"),
                                    strings(rs.getArray("tokens")),
                                    strings(rs.getArray("search_keys")),
                                    rs.getLong("version"),
                                    rs.getBoolean("shown")));
                });
        return stored;
    }

    List<String> tokens(ItemKind kind, String id) {
        return jdbc.sql("SELECT tokens FROM similarity_item WHERE kind = :kind AND item_id = :id")
                .param("kind", kind.name())
                .param("id", id)
                .query((rs, i) -> strings(rs.getArray("tokens")))
                .optional()
                .orElse(List.of());
    }

    long items() {
        return jdbc.sql("SELECT items FROM similarity_corpus WHERE id = 1")
                .query(Long.class)
                .single();
    }

    Map<String, Long> documentFrequencies(Collection<String> terms) {
        Map<String, Long> df = new HashMap<>();
        if (terms.isEmpty()) {
            return df;
        }
        jdbc.sql("SELECT term, df FROM similarity_term WHERE term = ANY(:terms)")
                .param("terms", textArray(terms))
                .query(rs -> {
                    df.put(rs.getString("term"), rs.getLong("df"));
                });
        return df;
    }

    /** The items sharing most of {@code terms}, at most {@code limit}: the candidates that are then scored. */
    List<Candidate> candidates(Collection<String> terms, Set<ItemKind> kinds, String excludeId, int limit) {
        return jdbc.sql(
                        """
                        SELECT kind, item_id, title, reference, tokens FROM similarity_item
                         WHERE tokens && :terms AND kind = ANY(:kinds) AND item_id <> :exclude AND shown
                         ORDER BY (SELECT count(DISTINCT t) FROM unnest(tokens) AS t WHERE t = ANY(:terms)) DESC,
                                  item_id
                         LIMIT :limit
                        """)
                .param("terms", textArray(terms))
                .param("kinds", textArray(kinds.stream().map(Enum::name).toList()))
                .param("exclude", excludeId == null ? "" : excludeId)
                .param("limit", limit)
                .query((rs, i) -> new Candidate(
                        ItemKind.valueOf(rs.getString("kind")),
                        rs.getString("item_id"),
                        rs.getString("title"),
                        rs.getString("reference"),
                        strings(rs.getArray("tokens"))))
                .list();
    }

    /** Empties the index; the item count's row is written, not updated, so an empty copy of the tables gets it. */
    void clear() {
        jdbc.sql("TRUNCATE similarity_item, similarity_term").update();
        jdbc.sql("INSERT INTO similarity_corpus (id, items) VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET items = 0")
                .update();
    }

    /** A PostgreSQL {@code text[]} parameter: Spring would otherwise expand a collection into a list of values. */
    static SqlTypeValue textArray(Collection<String> values) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("text", values.toArray());
            }
        };
    }

    /** A PostgreSQL {@code bigint[]} parameter. */
    static SqlTypeValue bigintArray(Collection<Long> values) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("bigint", values.toArray());
            }
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return out;
    }
}
