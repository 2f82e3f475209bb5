package org.tongxin.engine.attachment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record AttachmentPublished(
        AttachmentsId attachmentsId, ItemRef item, AttachmentId attachmentId, ActorRef publishedBy, Instant publishedAt)
        implements AttachmentEvent {}
