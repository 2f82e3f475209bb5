package org.tongxin.infra.attachments;

/**
 * An upload the inspection refuses: why, for which form field and which file, in words the UI translates by
 * {@link #messageKey()} (arguments: the file's name, the size limit in MB, the most files a form takes). The API
 * answers 413 for a file too large, 415 for a type not taken, 400 otherwise.
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
    private final String fileName;

    public FileRefused(String field, Reason reason, String detectedType, String fileName) {
        super(field + ": " + reason + (detectedType == null ? "" : " (" + detectedType + ")"));
        this.field = field;
        this.reason = reason;
        this.detectedType = detectedType;
        this.fileName = fileName == null ? "" : FileInspection.shownName(fileName);
    }

    public FileRefused(String field, Reason reason) {
        this(field, reason, null, null);
    }

    FileRefused(String field, Reason reason, String detectedType) {
        this(field, reason, detectedType, null);
    }

    /** The same refusal, naming the file it is about. */
    FileRefused about(String name) {
        return new FileRefused(field, reason, detectedType, name);
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

    /** The file's name as the sender gave it, made safe to show; empty when the refusal is about no one file. */
    public String fileName() {
        return fileName;
    }

    /** The message key of the reason, under {@code attachment.error.}. */
    public String messageKey() {
        return "attachment.error." + reason.name();
    }
}
