package org.tongxin.infra.attachments;

import java.util.Optional;

/**
 * Where attachment bytes live, keyed by the SHA-256 of their content: storing the same bytes twice keeps them once,
 * and bytes under a key never change. PostgreSQL by default, an S3-compatible bucket by configuration.
 */
interface BlobStore {

    /** Stores {@code bytes} under {@code digest} unless bytes are there already. */
    void put(String digest, byte[] bytes);

    Optional<byte[]> get(String digest);
}
