package org.tongxin.infra.attachments;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tongxin.attachments.*}: where the bytes go, how large a file and a request may be, which types are taken,
 * and the S3-compatible store's coordinates when {@code store=s3}.
 *
 * @param store {@code postgres} (default) or {@code s3}
 * @param maxFileSize the largest single file
 * @param maxRequestSize the largest upload request (several photos on the public form)
 * @param allowedTypes media types taken, as read from the bytes
 * @param maxPixels the largest image (width × height) decoded; a larger one is refused before decoding
 * @param previewSize the longer side of a preview, in pixels
 */
@ConfigurationProperties("tongxin.attachments")
record AttachmentProperties(
        String store,
        DataSize maxFileSize,
        DataSize maxRequestSize,
        List<String> allowedTypes,
        long maxPixels,
        int previewSize,
        S3 s3) {

    static final List<String> DEFAULT_TYPES = List.of(
            "image/jpeg",
            "image/png",
            "image/webp",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    AttachmentProperties {
        store = store == null || store.isBlank() ? "postgres" : store;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(40) : maxRequestSize;
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES : List.copyOf(allowedTypes);
        maxPixels = maxPixels <= 0 ? 50_000_000L : maxPixels;
        previewSize = previewSize <= 0 ? 480 : previewSize;
        s3 = s3 == null ? new S3(null, null, null, null, null, true) : s3;
    }

    /**
     * @param endpoint e.g. {@code https://minio.example.cn:9000}; empty for AWS itself
     * @param pathStyle MinIO and most S3-compatible servers want path-style addresses
     */
    record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, Boolean pathStyle) {}
}
