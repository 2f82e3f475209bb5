package org.tongxin.infra.personaldata;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code subject_key} table. Destroying a key blanks its column and keeps the row (when, by whom, why), so the
 * record of the erasure outlives the data it erased.
 */
@Repository
class JdbcSubjectKeys implements SubjectKeys {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSubjectKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Subject create() {
        String id = UUID.randomUUID().toString();
        SecretKey key = SubjectCipher.newKey();
        jdbc.sql("INSERT INTO subject_key (subject, secret, created_at) VALUES (:s, :k, :at)")
                .param("s", id)
                .param("k", key.getEncoded())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return new Subject(id, key);
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        return jdbc.sql("SELECT secret FROM subject_key WHERE subject = :s AND secret IS NOT NULL")
                .param("s", subject)
                .query((rs, i) -> SubjectCipher.key(rs.getBytes("secret")))
                .optional();
    }

    @Override
    public boolean destroy(String subject, String by, String reason) {
        return jdbc.sql(
                                """
                        UPDATE subject_key SET secret = NULL, destroyed_at = :at, destroyed_by = :by, reason = :reason
                         WHERE subject = :s AND secret IS NOT NULL
                        """)
                        .param("s", subject)
                        .param("at", Timestamp.from(clock.instant()))
                        .param("by", by)
                        .param("reason", reason)
                        .update()
                > 0;
    }
}
