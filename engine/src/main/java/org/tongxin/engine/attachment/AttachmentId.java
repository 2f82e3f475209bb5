package org.tongxin.engine.attachment;

import java.util.UUID;
import java.util.regex.Pattern;

/** One attached file; a UUID, so a download address cannot be guessed from another. */
public record AttachmentId(String value) {

    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public AttachmentId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an attachment id is a lower-case UUID");
        }
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID().toString());
    }

    /** Whether {@code text} is an attachment id, for callers that must answer 404 rather than fail on a bad one. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
