package org.tongxin.engine.attachment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Takes a published file off the public tracking page again. */
public record UnpublishAttachment(
        @TargetAggregateIdentifier AttachmentsId attachmentsId, AttachmentId attachmentId, ActorRef by)
        implements AttachmentCommand {}
