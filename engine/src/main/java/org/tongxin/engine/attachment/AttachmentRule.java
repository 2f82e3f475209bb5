package org.tongxin.engine.attachment;

import org.tongxin.engine.shared.RuleCode;

/** The rules an item's attachments enforce. */
public enum AttachmentRule implements RuleCode {
    PURPOSE_NOT_FOR_ITEM("ATTACH-ADD-001", Kind.INPUT, "this kind of file does not belong to this kind of item"),
    NOT_YOUR_HANDLING("ATTACH-ADD-002", Kind.ACTOR, "a department attaches files to its own handlings only"),
    TOO_MANY("ATTACH-ADD-003", Kind.STATE, "an item holds at most " + ItemAttachments.MAX_FILES + " files"),
    ADDED_TWICE("ATTACH-ADD-004", Kind.STATE, "a file is added once"),
    CITIZEN_PHOTOS_ONLY("ATTACH-ADD-005", Kind.ACTOR, "a citizen adds photos to their clue only"),
    UNKNOWN_FILE("ATTACH-PUBLISH-001", Kind.INPUT, "the file does not belong to this item"),
    ALREADY_PUBLISHED("ATTACH-PUBLISH-002", Kind.STATE, "the file is published already"),
    NOT_PUBLISHABLE("ATTACH-PUBLISH-003", Kind.INPUT, "only a clue's images and PDF documents can be published"),
    NOT_PUBLISHED("ATTACH-PUBLISH-004", Kind.STATE, "the file is not published");

    private final Rule definition;

    AttachmentRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
