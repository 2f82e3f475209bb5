package org.tongxin.engine.attachment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record AttachmentUnpublished(
        AttachmentsId attachmentsId, ItemRef item, AttachmentId attachmentId, ActorRef withdrawnBy, Instant withdrawnAt)
        implements AttachmentEvent {}
