package org.tongxin.engine.attachment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Files a stored file with an item. The bytes are already in the store under {@code file.digest()}; the caller
 * checked that the actor may see the item, the aggregate checks what the actor may add to it.
 */
public record AddAttachment(
        @TargetAggregateIdentifier AttachmentsId attachmentsId,
        ItemRef item,
        AttachmentId attachmentId,
        AttachmentPurpose purpose,
        StoredFile file,
        ActorRef by)
        implements AttachmentCommand {

    public static AddAttachment to(
            ItemRef item, AttachmentId id, AttachmentPurpose purpose, StoredFile file, ActorRef by) {
        return new AddAttachment(AttachmentsId.of(item), item, id, purpose, file, by);
    }
}
