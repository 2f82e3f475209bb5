package org.tongxin.infra.attachments;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bytes in {@code attachment_blob}, written in the caller's transaction: when the attachment's command is refused or
 * the request fails, the bytes roll back with it.
 */
final class PostgresBlobStore implements BlobStore {

    private final JdbcClient jdbc;

    PostgresBlobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String digest, byte[] bytes) {
        jdbc.sql("INSERT INTO attachment_blob (digest, bytes, size) VALUES (:digest, :bytes, :size)"
                        + " ON CONFLICT (digest) DO NOTHING")
                .param("digest", digest)
                .param("bytes", bytes)
                .param("size", (long) bytes.length)
                .update();
    }

    @Override
    public Optional<byte[]> get(String digest) {
        return jdbc.sql("SELECT bytes FROM attachment_blob WHERE digest = :digest")
                .param("digest", digest)
                .query(byte[].class)
                .optional();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM attachment_blob")
                .query(Long.class)
                .single();
    }
}
