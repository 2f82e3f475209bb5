package org.tongxin.infra.attachments;

import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.shared.Role;

/** What a file is for when the uploader does not say: what that role usually attaches to that item. */
final class Purposes {

    private Purposes() {}

    static AttachmentPurpose defaultFor(ItemKind kind, Role role) {
        return switch (kind) {
            case HANDLING -> AttachmentPurpose.REPLY_LETTER;
            case CLUE -> role == Role.CITIZEN ? AttachmentPurpose.PHOTO : AttachmentPurpose.RESEARCH_REPORT;
            case PROPOSAL, REPORT -> role == Role.STAFF ? AttachmentPurpose.OTHER : AttachmentPurpose.RESEARCH_REPORT;
        };
    }
}
