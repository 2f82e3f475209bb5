package org.tongxin.infra.attachments;

import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Bytes in an S3-compatible bucket under {@code sha256/<digest>}. Unlike the PostgreSQL store it is outside the
 * database transaction: bytes put for an attachment whose command then fails stay behind, unreferenced; since keys
 * are content digests they are harmless and a later upload of the same bytes reuses them.
 */
final class S3BlobStore implements BlobStore {

    private static final String PREFIX = "sha256/";

    private final S3Client s3;
    private final String bucket;

    S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String digest, byte[] bytes) {
        if (exists(digest)) {
            return;
        }
        s3.putObject(
                PutObjectRequest.builder()
                        .bucket(bucket)
                        .key(PREFIX + digest)
                        .contentLength((long) bytes.length)
                        .contentType("application/octet-stream")
                        .build(),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<byte[]> get(String digest) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder()
                            .bucket(bucket)
                            .key(PREFIX + digest)
                            .build())
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private boolean exists(String digest) {
        try {
            s3.headObject(HeadObjectRequest.builder()
                    .bucket(bucket)
                    .key(PREFIX + digest)
                    .build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }
}
