package org.tongxin.projections.ops;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The token store's rows of one processing group, read without claiming them: every segment, whichever node owns it
 * or none. Reading the table is the only way to see segments this node does not hold.
 */
@Repository
class TokenRows {

    /** One segment: its owner (null when unclaimed), when the owner last stored or renewed it, and its position. */
    record Segment(int segment, String owner, Instant touched, long position) {}

    private final JdbcClient jdbc;
    private final Serializer serializer;

    TokenRows(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<Segment> of(String group) {
        return jdbc.sql("SELECT segment, owner, timestamp, token, token_type FROM token_entry WHERE processor_name = :g"
                        + " ORDER BY segment")
                .param("g", group)
                .query((rs, i) -> new Segment(
                        rs.getInt("segment"),
                        rs.getString("owner"),
                        rs.getString("timestamp") == null ? null : Instant.parse(rs.getString("timestamp")),
                        position(rs.getBytes("token"), rs.getString("token_type"))))
                .list();
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1L;
        }
        TrackingToken t = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return t == null || t.position().isEmpty() ? -1L : t.position().getAsLong();
    }
}
