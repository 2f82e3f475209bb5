package org.tongxin.engine.attachment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Shows a clue's file on the public tracking page (the office decides; nothing is public by default). */
public record PublishAttachment(
        @TargetAggregateIdentifier AttachmentsId attachmentsId, AttachmentId attachmentId, ActorRef by)
        implements AttachmentCommand {}
