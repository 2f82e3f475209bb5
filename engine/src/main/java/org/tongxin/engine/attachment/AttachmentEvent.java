package org.tongxin.engine.attachment;

/** What happened to an item's attachments. */
public sealed interface AttachmentEvent permits AttachmentAdded, AttachmentPublished, AttachmentUnpublished {

    AttachmentsId attachmentsId();

    AttachmentId attachmentId();
}
