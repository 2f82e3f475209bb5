package org.tongxin.projections.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.projections.activity.MemberActivityProjection;
import org.tongxin.projections.attachment.AttachmentProjection;
import org.tongxin.projections.audit.AuditLogProjection;
import org.tongxin.projections.clue.CluePoolProjection;
import org.tongxin.projections.cluecase.ClueCaseProjection;
import org.tongxin.projections.consultation.ConsultationProjection;
import org.tongxin.projections.handling.HandlingProjection;
import org.tongxin.projections.mywork.MyWorkProjection;
import org.tongxin.projections.proposal.ProposalProjection;
import org.tongxin.projections.report.ReportProjection;
import org.tongxin.projections.similar.SimilarityProjection;
import org.tongxin.projections.supervision.SupervisionProjection;

/**
 * Rebuilds a read model beside its live tables, so that readers never see it half built. A rebuild creates a schema of
 * the group's own ({@code rebuild_clue_pool}) holding an empty copy of each of its tables, made from the live table's
 * own definition ({@code LIKE … INCLUDING ALL}: columns, defaults, checks, indexes), and resets the group's tokens
 * with that schema first on the search path, so the reset handler clears the copies. Every transaction the group's
 * processor runs puts the schema first on its search path too ({@link #useShadowTables}): the projection's SQL names
 * its tables unqualified, so while the copies exist its writes go to them, and once they are gone to the live tables.
 * The live tables meanwhile keep serving what they held when the rebuild began.
 *
 * <p>When every segment of the group has reached the position the event store had at the start, {@link #switchOver}
 * drops each live table and moves its copy into the live schema under the same name, and gives the copy's indexes the
 * live indexes' names (later migrations refer to them), all in one transaction: a reader waits for the few
 * milliseconds of the switch and then sees the whole new table, never an empty or half-filled one. A processor
 * transaction still writing to a copy holds the switch until it commits; one that starts after finds the copy in the
 * live schema under the live name. The schema, with the marker that says a rebuild is under way, goes in the same
 * transaction, so a crash leaves either the rebuild under way (and the check after a restart switches it) or done.
 *
 * <p>The copies get the live tables' foreign keys (which {@code LIKE} leaves out), referring to each other, so member
 * activity's rows keep their source's key while rebuilt and after the switch. A reset handler writes the rows a read
 * model needs to exist (similarity's item count), so the empty copies get them too.
 */
@Component
public class ShadowRebuild {

    /** Each group rebuilt in shadow tables, with every table its projection writes. */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(CluePoolProjection.GROUP, List.of("clue_view", "clue_merge"));
        TABLES.put(ClueCaseProjection.GROUP, List.of("clue_case_view"));
        TABLES.put(ProposalProjection.GROUP, List.of("proposal_view"));
        TABLES.put(HandlingProjection.GROUP, List.of("handling_view", "handling_report", "handling_instruction"));
        TABLES.put(AuditLogProjection.GROUP, List.of("audit_entry"));
        TABLES.put(MyWorkProjection.GROUP, List.of("completed_task"));
        TABLES.put(ConsultationProjection.GROUP, List.of("consultation_view"));
        TABLES.put(ReportProjection.GROUP, List.of("report_view", "bulletin_view"));
        TABLES.put(AttachmentProjection.GROUP, List.of("attachment_view"));
        TABLES.put(
                SupervisionProjection.GROUP,
                List.of("supervision_view", "special_supervisor_term", "special_supervisor_finding"));
        // a table before the tables it refers to: the switch drops the live ones in this order
        TABLES.put(MemberActivityProjection.GROUP, List.of("member_activity", "member_activity_source"));
        TABLES.put(SimilarityProjection.GROUP, List.of("similarity_item", "similarity_term", "similarity_corpus"));
    }

    private static final String MARKER = "rebuild_target";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private volatile String live;

    ShadowRebuild(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The groups rebuilt in shadow tables. */
    public static Set<String> groups() {
        return TABLES.keySet();
    }

    public boolean covers(String group) {
        return TABLES.containsKey(group);
    }

    /** The schema that holds a group's tables while it is rebuilt; the group names are fixed, never input. */
    static String schema(String group) {
        return "rebuild_" + group.replace('-', '_');
    }

    /**
     * Creates the shadow tables of {@code group} and runs {@code reset} (the processor's token reset, which runs the
     * projection's reset handler) in the same transaction, the shadow schema first on its search path. A rebuild
     * already under way is thrown away and begun again.
     *
     * @param target the event store's head: the rebuild is caught up once every segment has reached it
     */
    public void begin(String group, long target, Runnable reset) {
        String schema = schema(group);
        String live = live();
        transactions.executeWithoutResult(s -> {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            jdbc.execute("CREATE SCHEMA " + schema);
            for (String table : TABLES.get(group)) {
                jdbc.execute(
                        "CREATE TABLE " + schema + "." + table + " (LIKE " + live + "." + table + " INCLUDING ALL)");
            }
            List<String> foreignKeys = foreignKeys(group, live);
            useShadowTables(group);
            foreignKeys.forEach(jdbc::execute);
            jdbc.execute("CREATE TABLE " + schema + "." + MARKER
                    + " (head BIGINT NOT NULL, started_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            jdbc.update("INSERT INTO " + schema + "." + MARKER + " (head) VALUES (?)", target);
            jdbc.execute("COMMENT ON SCHEMA " + schema + " IS '" + target + "'");
            reset.run();
        });
    }

    /**
     * The statements that give the copies the foreign keys of the live tables, which {@code LIKE} leaves out. Read with
     * the live schema first on the search path, the definitions name the referenced table unqualified; run with the
     * shadow schema first, a copy refers to the copy of a table of the group and to the live table of any other. The
     * keys move with the copies at the switch.
     */
    private List<String> foreignKeys(String group, String live) {
        String schema = schema(group);
        List<String> statements = new ArrayList<>();
        for (String table : TABLES.get(group)) {
            jdbc.query(
                    """
                    SELECT c.conname, pg_get_constraintdef(c.oid) AS definition
                      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                      JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE c.contype = 'f' AND n.nspname = ? AND t.relname = ?
                     ORDER BY c.conname
                    """,
                    rs -> {
                        statements.add("ALTER TABLE " + schema + "." + table + " ADD CONSTRAINT "
                                + quote(rs.getString("conname")) + " " + rs.getString("definition"));
                    },
                    live,
                    table);
        }
        return statements;
    }

    /**
     * Puts the shadow schema of {@code group} first on the search path of the current transaction. Without a rebuild
     * under way the schema does not exist and PostgreSQL leaves it out, so the live tables are written.
     */
    public void useShadowTables(String group) {
        jdbc.queryForObject("SELECT set_config('search_path', ?, true)", String.class, schema(group) + ", " + live());
    }

    /**
     * The groups being rebuilt, each with the position its segments must reach before the switch: the schema's
     * comment, read with the schema in one statement, so a switch in between cannot leave a name without its target.
     */
    public Map<String, Long> underWay() {
        Map<String, String> groupOfSchema =
                TABLES.keySet().stream().collect(Collectors.toMap(ShadowRebuild::schema, g -> g));
        Map<String, Long> targets = new LinkedHashMap<>();
        jdbc.query(
                "SELECT nspname, obj_description(oid, 'pg_namespace') AS head FROM pg_namespace"
                        + " WHERE nspname LIKE 'rebuild\\_%'",
                rs -> {
                    String group = groupOfSchema.get(rs.getString("nspname"));
                    String head = rs.getString("head");
                    if (group != null) {
                        targets.put(group, head == null ? -1L : Long.parseLong(head));
                    }
                });
        return targets;
    }

    /**
     * Puts the rebuilt tables of {@code group} in the place of the live ones, in one transaction; false when there is
     * no rebuild of it (another node switched it first).
     */
    public boolean switchOver(String group) {
        String schema = schema(group);
        String live = live();
        Boolean switched = transactions.execute(s -> {
            // two nodes switching at once: the second waits here, then finds the marker gone
            List<Long> marker =
                    jdbc.queryForList("SELECT head FROM " + schema + "." + MARKER + " FOR UPDATE", Long.class);
            if (marker.isEmpty()) {
                return false;
            }
            List<String> tables = TABLES.get(group);
            jdbc.execute("LOCK TABLE "
                    + String.join(
                            ", ", tables.stream().map(t -> schema + "." + t).toList())
                    + ", "
                    + String.join(", ", tables.stream().map(t -> live + "." + t).toList())
                    + " IN ACCESS EXCLUSIVE MODE");
            for (String table : tables) {
                Map<String, List<String>> names = indexes(live, table);
                jdbc.execute("DROP TABLE " + live + "." + table);
                jdbc.execute("ALTER TABLE " + schema + "." + table + " SET SCHEMA " + live);
                indexes(live, table).forEach((definition, moved) -> {
                    List<String> wanted = names.getOrDefault(definition, List.of());
                    for (int i = 0; i < Math.min(wanted.size(), moved.size()); i++) {
                        if (!wanted.get(i).equals(moved.get(i))) {
                            jdbc.execute("ALTER INDEX " + live + "." + quote(moved.get(i)) + " RENAME TO "
                                    + quote(wanted.get(i)));
                        }
                    }
                });
            }
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
            return true;
        });
        return Boolean.TRUE.equals(switched);
    }

    /** A table's indexes by their definition without their name, each with the names having it. */
    private Map<String, List<String>> indexes(String schema, String table) {
        Map<String, List<String>> byDefinition = new LinkedHashMap<>();
        jdbc.query(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? AND tablename = ? ORDER BY indexname",
                rs -> {
                    String definition = rs.getString("indexdef").replaceFirst("INDEX \\S+ ON \\S+ ", "INDEX ON ");
                    byDefinition
                            .computeIfAbsent(definition, d -> new ArrayList<>())
                            .add(rs.getString("indexname"));
                },
                schema,
                table);
        return byDefinition;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The schema the live tables are in: the first on the connections' own search path. */
    private String live() {
        String schema = live;
        if (schema == null) {
            schema = jdbc.queryForObject("SELECT current_schema()", String.class);
            live = schema;
        }
        return schema;
    }
}
