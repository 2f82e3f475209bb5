package org.tongxin.infra.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log of unmasked reads of personal data (PIPL asks who may see it and that access be traceable): one row per
 * person whose name or phone was shown — a clue's submitter, or the giver of a consultation opinion — with the reader,
 * the time and the purpose of the screen or endpoint that showed it.
 */
@Repository
public class PersonalDataReads {

    /** Whose data was shown. */
    public enum Subject {
        /** A clue's submitter; the subject id is the clue's. */
        CLUE_SUBMITTER,
        /** The person who gave an opinion on a consultation; the subject id is the topic's, with the opinion's number. */
        OPINION_GIVER
    }

    /** Why the data was shown: the screen or endpoint that showed it. */
    public enum Purpose {
        CLUE_PAGE,
        CLUE_LIST,
        CLUE_API,
        CLUE_LIST_API,
        CLUE_EXPORT,
        TOPIC_PAGE,
        TOPIC_API,
        TOPIC_LIST_API
    }

    public record Read(
            Instant at,
            String reader,
            String readerRole,
            Subject subject,
            String subjectId,
            Integer opinion,
            Purpose purpose) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Logs that the submitters of {@code clueIds} were shown to {@code reader}. */
    public void record(String reader, String readerRole, Collection<String> clueIds, Purpose purpose) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String clueId : clueIds) {
            insert(now, reader, readerRole, Subject.CLUE_SUBMITTER, clueId, null, purpose);
        }
    }

    /** Logs that the givers of the opinions numbered {@code opinions} on topic {@code topicId} were shown. */
    public void recordOpinionGivers(
            String reader, String readerRole, String topicId, Collection<Integer> opinions, Purpose purpose) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Integer opinion : opinions) {
            insert(now, reader, readerRole, Subject.OPINION_GIVER, topicId, opinion, purpose);
        }
    }

    private void insert(
            Timestamp at,
            String reader,
            String readerRole,
            Subject subject,
            String subjectId,
            Integer opinion,
            Purpose purpose) {
        jdbc.sql(
                        """
                        INSERT INTO personal_data_read
                               (read_at, reader, reader_role, subject_kind, subject_id, opinion_number, purpose)
                        VALUES (:at, :reader, :role, :kind, :subject, :opinion, :purpose)
                        """)
                .param("at", at)
                .param("reader", reader)
                .param("role", readerRole)
                .param("kind", subject.name())
                .param("subject", subjectId)
                .param("opinion", opinion, java.sql.Types.INTEGER)
                .param("purpose", purpose.name())
                .update();
    }

    /** The latest reads, newest first; of one clue's submitter when {@code clueId} is given. */
    public List<Read> latest(String clueId, int limit) {
        return jdbc.sql(
                        """
                        SELECT read_at, reader, reader_role, subject_kind, subject_id, opinion_number, purpose
                          FROM personal_data_read
                         WHERE (CAST(:clue AS VARCHAR) IS NULL
                                OR (subject_kind = 'CLUE_SUBMITTER' AND subject_id = :clue))
                         ORDER BY read_at DESC, id DESC LIMIT :limit
                        """)
                .param("clue", clueId)
                .param("limit", limit)
                .query((rs, i) -> new Read(
                        rs.getTimestamp("read_at").toInstant(),
                        rs.getString("reader"),
                        rs.getString("reader_role"),
                        Subject.valueOf(rs.getString("subject_kind")),
                        rs.getString("subject_id"),
                        rs.getObject("opinion_number", Integer.class),
                        Purpose.valueOf(rs.getString("purpose"))))
                .list();
    }
}
