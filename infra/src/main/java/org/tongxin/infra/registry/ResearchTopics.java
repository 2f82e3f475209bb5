package org.tongxin.infra.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.registry.ResearchTopic;
import org.tongxin.infra.shared.ResearchCitations;
import org.tongxin.infra.web.NotFound;

/**
 * Research topics (调研课题): the members who carry one out, its field visits, its report, and the proposals, reports
 * and consultation topics that cite it, which are its conversion results (转化成果).
 */
@Service
public class ResearchTopics implements ResearchCitations {

    private final JdbcClient jdbc;
    private final Clock clock;

    ResearchTopics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Topic(
            long id,
            int year,
            String title,
            String summary,
            String lead,
            String leadName,
            String workstation,
            String report,
            List<Person> participants,
            List<FieldVisit> visits,
            List<Citation> citations) {}

    public record Person(String username, String name) {}

    public record FieldVisit(long id, LocalDate date, String place, String note) {}

    public record Citation(String kind, String itemId) {}

    /** A year in the figures the seed reports use: topics carried out, conversion results (调研课题, 转化成果). */
    public record YearFigures(int year, int topics, int conversions, int proposals, int reports, int consultations) {}

    @Transactional
    public long create(ResearchTopic topic, String summary, String workstation) {
        long id = jdbc.sql(
                        """
                INSERT INTO research_topic (year, title, summary, lead, workstation) VALUES (:y, :t, :s, :l, :w)
                RETURNING id
                """)
                .param("y", topic.year())
                .param("t", topic.title())
                .param("s", Stations.blankToNull(summary))
                .param("l", topic.lead())
                .param("w", Stations.blankToNull(workstation))
                .query(Long.class)
                .single();
        for (String p : topic.participants()) {
            jdbc.sql("INSERT INTO research_member (topic_id, member) VALUES (:t, :m) ON CONFLICT DO NOTHING")
                    .param("t", id)
                    .param("m", p)
                    .update();
        }
        return id;
    }

    public long addVisit(long topicId, LocalDate date, String place, String note) {
        require(topicId);
        return jdbc.sql(
                        "INSERT INTO research_visit (topic_id, visit_date, place, note) VALUES (:t, :d, :p, :n) RETURNING id")
                .param("t", topicId)
                .param("d", date)
                .param("p", place.strip())
                .param("n", Stations.blankToNull(note))
                .query(Long.class)
                .single();
    }

    public void setReport(long topicId, String report) {
        require(topicId);
        jdbc.sql("UPDATE research_topic SET report = :r WHERE id = :t")
                .param("r", Stations.blankToNull(report))
                .param("t", topicId)
                .update();
    }

    @Override
    @Transactional
    public void citeOnly(Long topicId, String itemKind, String itemId) {
        ResearchTopic.CitingKind kind = ResearchTopic.CitingKind.of(itemKind);
        if (topicId != null) {
            require(topicId);
        }
        jdbc.sql("DELETE FROM research_citation WHERE item_kind = :k AND item_id = :i"
                        + (topicId == null ? "" : " AND topic_id <> :t"))
                .param("k", kind.name())
                .param("i", itemId)
                .params(topicId == null ? Map.of() : Map.of("t", topicId))
                .update();
        if (topicId != null) {
            cite(topicId, itemKind, itemId);
        }
    }

    @Override
    public Optional<Long> citedBy(String itemKind, String itemId) {
        return jdbc.sql(
                        """
                SELECT topic_id FROM research_citation WHERE item_kind = :k AND item_id = :i
                ORDER BY cited_at DESC, topic_id DESC LIMIT 1
                """)
                .param("k", ResearchTopic.CitingKind.of(itemKind).name())
                .param("i", itemId)
                .query(Long.class)
                .optional();
    }

    @Override
    public void cite(long topicId, String itemKind, String itemId) {
        ResearchTopic.CitingKind kind = ResearchTopic.CitingKind.of(itemKind);
        require(topicId);
        jdbc.sql(
                        """
                INSERT INTO research_citation (topic_id, item_kind, item_id) VALUES (:t, :k, :i) ON CONFLICT DO NOTHING
                """)
                .param("t", topicId)
                .param("k", kind.name())
                .param("i", itemId)
                .update();
    }

    @Override
    public List<TopicChoice> topicsOf(String member) {
        return jdbc.sql(
                        """
                SELECT t.id, t.year, t.title FROM research_topic t
                WHERE t.lead = :m OR EXISTS (SELECT 1 FROM research_member rm WHERE rm.topic_id = t.id AND rm.member = :m)
                ORDER BY t.year DESC, t.id DESC
                """)
                .param("m", member)
                .query((rs, i) -> new TopicChoice(rs.getLong("id"), rs.getInt("year"), rs.getString("title")))
                .list();
    }

    /** A member's part in a topic (led it or took part), on the day the topic was entered, kept within its year. */
    public record Part(long topicId, String title, String member, LocalDate on) {}

    /** Every member's parts in the topics of a year, or one member's when {@code member} is not null. */
    public List<Part> partsOf(String member, int year) {
        return jdbc.sql(
                        """
                SELECT t.id, t.title, p.member,
                       GREATEST(make_date(t.year, 1, 1), LEAST(make_date(t.year, 12, 31),
                                CAST(t.created_at AT TIME ZONE :zone AS DATE))) AS on_day
                FROM research_topic t
                JOIN (SELECT id AS topic_id, lead AS member FROM research_topic
                      UNION SELECT topic_id, member FROM research_member) p ON p.topic_id = t.id
                WHERE t.year = :y AND (CAST(:m AS VARCHAR) IS NULL OR p.member = CAST(:m AS VARCHAR))
                ORDER BY t.id, p.member
                """)
                .param("y", year)
                .param("m", member)
                .param("zone", clock.getZone().getId())
                .query((rs, i) -> new Part(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("member"),
                        rs.getObject("on_day", LocalDate.class)))
                .list();
    }

    @Override
    public List<TopicChoice> topicsOfYear(int year) {
        return jdbc.sql("SELECT id, year, title FROM research_topic WHERE year = :y ORDER BY id DESC")
                .param("y", year)
                .query((rs, i) -> new TopicChoice(rs.getLong("id"), rs.getInt("year"), rs.getString("title")))
                .list();
    }

    public List<Topic> list(int year) {
        return jdbc
                .sql("SELECT id FROM research_topic WHERE year = :y ORDER BY id DESC")
                .param("y", year)
                .query(Long.class)
                .list()
                .stream()
                .map(this::require)
                .toList();
    }

    public YearFigures figures(int year) {
        return jdbc.sql(
                        """
                SELECT (SELECT count(*) FROM research_topic WHERE year = :y) AS topics,
                       count(c.item_id) AS conversions,
                       count(c.item_id) FILTER (WHERE c.item_kind = 'PROPOSAL') AS proposals,
                       count(c.item_id) FILTER (WHERE c.item_kind = 'REPORT') AS reports,
                       count(c.item_id) FILTER (WHERE c.item_kind = 'CONSULTATION') AS consultations
                FROM research_citation c JOIN research_topic t ON t.id = c.topic_id WHERE t.year = :y
                """)
                .param("y", year)
                .query((rs, i) -> new YearFigures(
                        year,
                        rs.getInt("topics"),
                        rs.getInt("conversions"),
                        rs.getInt("proposals"),
                        rs.getInt("reports"),
                        rs.getInt("consultations")))
                .single();
    }

    public Topic require(long id) {
        return jdbc.sql(
                        """
                SELECT t.id, t.year, t.title, t.summary, t.lead, u.display_name, t.workstation, t.report
                FROM research_topic t JOIN app_user u ON u.username = t.lead WHERE t.id = :id
                """)
                .param("id", id)
                .query((rs, i) -> new Topic(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getString("lead"),
                        rs.getString("display_name"),
                        rs.getString("workstation"),
                        rs.getString("report"),
                        participants(id),
                        visits(id),
                        citations(id)))
                .optional()
                .orElseThrow(() -> new NotFound("research topic " + id));
    }

    private List<Person> participants(long id) {
        return jdbc.sql(
                        """
                SELECT u.username, u.display_name FROM research_member rm JOIN app_user u ON u.username = rm.member
                WHERE rm.topic_id = :t ORDER BY u.display_name
                """)
                .param("t", id)
                .query((rs, i) -> new Person(rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    private List<FieldVisit> visits(long id) {
        return jdbc.sql(
                        "SELECT id, visit_date, place, note FROM research_visit WHERE topic_id = :t ORDER BY visit_date, id")
                .param("t", id)
                .query((rs, i) -> new FieldVisit(
                        rs.getLong("id"),
                        rs.getObject("visit_date", LocalDate.class),
                        rs.getString("place"),
                        rs.getString("note")))
                .list();
    }

    private List<Citation> citations(long id) {
        return jdbc.sql(
                        "SELECT item_kind, item_id FROM research_citation WHERE topic_id = :t ORDER BY cited_at, item_id")
                .param("t", id)
                .query((rs, i) -> new Citation(rs.getString("item_kind"), rs.getString("item_id")))
                .list();
    }
}
