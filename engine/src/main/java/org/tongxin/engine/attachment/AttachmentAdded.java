package org.tongxin.engine.attachment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record AttachmentAdded(
        AttachmentsId attachmentsId,
        ItemRef item,
        AttachmentId attachmentId,
        AttachmentPurpose purpose,
        StoredFile file,
        ActorRef addedBy,
        Instant addedAt)
        implements AttachmentEvent {}
