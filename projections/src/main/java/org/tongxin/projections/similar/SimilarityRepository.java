package org.tongxin.projections.similar;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;

/**
 * Writes guard on the aggregate's sequence number, so redelivery and replay leave a row as it is. Document frequencies
 * change with the words an item gains or loses, in one sorted order, so two segments writing at once lock the same
 * rows in the same order and never deadlock.
 */
@Repository
class SimilarityRepository {

    /** The longest word kept in the term table; longer ones (a run of Latin letters) say nothing about the matter. */
    static final int TERM_MAX = 200;

    private final JdbcClient jdbc;

    SimilarityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(List<String> tokens, long version) {}

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
        Optional<Stored> old = jdbc.sql(
                        "SELECT tokens, version FROM similarity_item WHERE kind = :kind AND item_id = :id FOR UPDATE")
                .param("kind", kind.name())
                .param("id", id)
                .query((rs, i) -> new Stored(strings(rs.getArray("tokens")), rs.getLong("version")))
                .optional();
        if (old.isPresent() && old.get().version() >= sequence) {
            return;
        }
        List<String> tokens = ChineseText.tokens(text).stream()
                .filter(t -> t.length() <= TERM_MAX)
                .toList();
        List<String> keys = ChineseText.searchKeys(text);
        if (old.isEmpty()) {
            jdbc.sql(
                            """
                            INSERT INTO similarity_item
                                   (kind, item_id, title, reference, tokens, search_keys, version, shown)
                            VALUES (:kind, :id, :title, :reference, :tokens, :keys, :version, :shown)
                            """)
                    .param("shown", shown)
                    .param("kind", kind.name())
                    .param("id", id)
                    .param("title", title)
                    .param("reference", reference)
                    .param("tokens", textArray(tokens))
                    .param("keys", textArray(keys))
                    .param("version", sequence)
                    .update();
            jdbc.sql("UPDATE similarity_corpus SET items = items + 1 WHERE id = 1")
                    .update();
        } else {
            jdbc.sql(
                            """
                            UPDATE similarity_item SET title = :title, reference = COALESCE(:reference, reference),
                                   tokens = :tokens, search_keys = :keys, version = :version
                             WHERE kind = :kind AND item_id = :id
                            """)
                    .param("kind", kind.name())
                    .param("id", id)
                    .param("title", title)
                    .param("reference", reference)
                    .param("tokens", textArray(tokens))
                    .param("keys", textArray(keys))
                    .param("version", sequence)
                    .update();
        }
        Set<String> before = new HashSet<>(old.map(Stored::tokens).orElse(List.of()));
        Set<String> after = new HashSet<>(tokens);
        TreeSet<String> added = new TreeSet<>(after);
        added.removeAll(before);
        TreeSet<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        if (!added.isEmpty()) {
            jdbc.sql(
                            """
                            INSERT INTO similarity_term (term, df) SELECT t, 1 FROM unnest(:terms) AS t ORDER BY t
                            ON CONFLICT (term) DO UPDATE SET df = similarity_term.df + 1
                            """)
                    .param("terms", textArray(added))
                    .update();
        }
        if (!removed.isEmpty()) {
            jdbc.sql(
                            """
                            UPDATE similarity_term SET df = df - 1 WHERE term IN (
                                SELECT term FROM similarity_term WHERE term = ANY(:terms) ORDER BY term FOR UPDATE)
                            """)
                    .param("terms", textArray(removed))
                    .update();
        }
    }

    /** A draft submitted: from now on it is a candidate like any other item. */
    void show(ItemKind kind, String id, long sequence) {
        jdbc.sql(
                        """
                        UPDATE similarity_item SET shown = TRUE, version = :version
                         WHERE kind = :kind AND item_id = :id AND version < :version
                        """)
                .param("kind", kind.name())
                .param("id", id)
                .param("version", sequence)
                .update();
    }

    /** A new reference (a proposal's filing number) without a change of text. */
    void reference(ItemKind kind, String id, String reference, long sequence) {
        jdbc.sql(
                        """
                        UPDATE similarity_item SET reference = :reference, version = :version
                         WHERE kind = :kind AND item_id = :id AND version < :version
                        """)
                .param("kind", kind.name())
                .param("id", id)
                .param("reference", reference)
                .param("version", sequence)
                .update();
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

    void clear() {
        jdbc.sql("TRUNCATE similarity_item, similarity_term").update();
        jdbc.sql("UPDATE similarity_corpus SET items = 0 WHERE id = 1").update();
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
