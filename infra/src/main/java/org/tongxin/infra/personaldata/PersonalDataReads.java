package org.tongxin.infra.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log of unmasked reads of submitters' personal data (PIPL asks who may see it and that access be traceable):
 * one row per clue shown with its submitter's name or phone, with the reader, the time and the purpose of the screen
 * or endpoint that showed it.
 */
@Repository
public class PersonalDataReads {

    /** Why the data was shown: the screen or endpoint that showed it. */
    public enum Purpose {
        CLUE_PAGE,
        CLUE_LIST,
        CLUE_API,
        CLUE_LIST_API,
        CLUE_EXPORT
    }

    public record Read(Instant at, String reader, String readerRole, String clueId, Purpose purpose) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String reader, String readerRole, Collection<String> clueIds, Purpose purpose) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String clueId : clueIds) {
            jdbc.sql(
                            """
                            INSERT INTO personal_data_read (read_at, reader, reader_role, clue_id, purpose)
                            VALUES (:at, :reader, :role, :clue, :purpose)
                            """)
                    .param("at", now)
                    .param("reader", reader)
                    .param("role", readerRole)
                    .param("clue", clueId)
                    .param("purpose", purpose.name())
                    .update();
        }
    }

    /** The latest reads, newest first; of one clue when {@code clueId} is given. */
    public List<Read> latest(String clueId, int limit) {
        return jdbc.sql(
                        """
                        SELECT read_at, reader, reader_role, clue_id, purpose FROM personal_data_read
                         WHERE (CAST(:clue AS VARCHAR) IS NULL OR clue_id = :clue)
                         ORDER BY read_at DESC, id DESC LIMIT :limit
                        """)
                .param("clue", clueId)
                .param("limit", limit)
                .query((rs, i) -> new Read(
                        rs.getTimestamp("read_at").toInstant(),
                        rs.getString("reader"),
                        rs.getString("reader_role"),
                        rs.getString("clue_id"),
                        Purpose.valueOf(rs.getString("purpose"))))
                .list();
    }
}
