package org.tongxin.infra.attachments;

/**
 * An upload the inspection refuses: why, for which form field, in words the UI translates by {@link #reason}. The
 * API answers 413 for {@link Reason#TOO_LARGE}, 415 for a type not taken, 400 otherwise.
 */
public final class FileRefused extends RuntimeException {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        TYPE_NOT_ALLOWED,
        UNREADABLE_IMAGE,
        IMAGE_TOO_LARGE,
        TOO_MANY
    }

    private final String field;
    private final Reason reason;
    private final String detectedType;

    FileRefused(String field, Reason reason, String detectedType) {
        super(field + ": " + reason + (detectedType == null ? "" : " (" + detectedType + ")"));
        this.field = field;
        this.reason = reason;
        this.detectedType = detectedType;
    }

    FileRefused(String field, Reason reason) {
        this(field, reason, null);
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    String detectedType() {
        return detectedType;
    }

    /** The message key of the reason, under {@code attachment.error.}. */
    public String messageKey() {
        return "attachment.error." + reason.name();
    }
}
