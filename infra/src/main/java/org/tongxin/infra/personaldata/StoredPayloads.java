package org.tongxin.infra.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every stored copy of an aggregate's events of one type, as the JSON they were written in: the event store's rows
 * and any dead letter's. An erasure destroys the keys of the data subjects named in all of them.
 */
public final class StoredPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredPayloads() {}

    public static List<JsonNode> of(JdbcClient jdbc, String aggregateId, Class<?> eventType) {
        return jdbc.sql(
                        """
                        SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id AND payload_type = :type
                        UNION ALL
                        SELECT payload FROM dead_letter_entry WHERE aggregate_identifier = :id AND payload_type = :type
                        """)
                .param("id", aggregateId)
                .param("type", eventType.getName())
                .query((rs, i) -> read(rs.getBytes("payload")))
                .list();
    }

    private static JsonNode read(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
