package org.tongxin.projections.attachment;

import java.time.Instant;

/**
 * One attached file as the read side knows it; {@code digest} and {@code previewDigest} are the keys of its bytes
 * and of its downscaled preview in the content-addressed store.
 */
public record AttachmentView(
        String attachmentId,
        String itemKind,
        String itemId,
        String purpose,
        String fileName,
        String mediaType,
        long size,
        String digest,
        String previewDigest,
        String uploadedBy,
        String uploaderRole,
        Instant uploadedAt,
        boolean published) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }

    public boolean hasPreview() {
        return previewDigest != null;
    }
}
