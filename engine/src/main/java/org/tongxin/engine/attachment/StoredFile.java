package org.tongxin.engine.attachment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file as it was stored: the name its uploader gave it (cleaned), the media type found in its bytes (never the one
 * declared), its size, the SHA-256 of its bytes (the key of the content-addressed store) and, for images, the SHA-256
 * of a downscaled preview.
 */
public record StoredFile(String fileName, String mediaType, long size, String digest, String previewDigest) {

    public static final int NAME_MAX = 200;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public StoredFile {
        Objects.requireNonNull(mediaType, "mediaType");
        if (fileName == null || fileName.isBlank() || fileName.length() > NAME_MAX) {
            throw new IllegalArgumentException("a file name is 1.." + NAME_MAX + " characters");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("a stored file is not empty");
        }
        if (digest == null || !SHA256.matcher(digest).matches()) {
            throw new IllegalArgumentException("digest must be a lower-case SHA-256");
        }
        if (previewDigest != null && !SHA256.matcher(previewDigest).matches()) {
            throw new IllegalArgumentException("preview digest must be a lower-case SHA-256");
        }
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
