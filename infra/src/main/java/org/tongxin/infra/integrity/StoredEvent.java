package org.tongxin.infra.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A row of {@code domain_event_entry} as the chain covers it: every column. */
public record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String payloadType,
        String payloadRevision,
        String timeStamp,
        byte[] metaData,
        byte[] payload) {

    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type,"
            + " payload_type, payload_revision, time_stamp, meta_data, payload";

    static StoredEvent read(ResultSet rs, String prefix) throws SQLException {
        return new StoredEvent(
                rs.getLong(prefix + "global_index"),
                rs.getString(prefix + "event_identifier"),
                rs.getString(prefix + "aggregate_identifier"),
                rs.getLong(prefix + "sequence_number"),
                rs.getString(prefix + "type"),
                rs.getString(prefix + "payload_type"),
                rs.getString(prefix + "payload_revision"),
                rs.getString(prefix + "time_stamp"),
                rs.getBytes(prefix + "meta_data"),
                rs.getBytes(prefix + "payload"));
    }

    /**
     * The digest of this event linked to the one before it. The input is the previous digest followed by every
     * column in a fixed order, each as a 4-byte big-endian length (-1 for NULL) and its bytes (text as UTF-8,
     * numbers as 8-byte big-endian): no two different rows give the same input, and an outside verifier can rebuild
     * it from the table alone.
     */
    public byte[] digest(ChainAlgorithm algorithm, byte[] previous) {
        ByteArrayOutputStream in = new ByteArrayOutputStream(256 + (payload == null ? 0 : payload.length));
        field(in, previous);
        field(in, ByteBuffer.allocate(8).putLong(globalIndex).array());
        field(in, text(eventIdentifier));
        field(in, text(aggregateIdentifier));
        field(in, ByteBuffer.allocate(8).putLong(sequenceNumber).array());
        field(in, text(type));
        field(in, text(payloadType));
        field(in, text(payloadRevision));
        field(in, text(timeStamp));
        field(in, metaData);
        field(in, payload);
        return algorithm.digest(in.toByteArray());
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream in, byte[] value) {
        int length = value == null ? -1 : value.length;
        in.write(length >>> 24);
        in.write(length >>> 16);
        in.write(length >>> 8);
        in.write(length);
        if (value != null) {
            in.write(value, 0, value.length);
        }
    }
}
