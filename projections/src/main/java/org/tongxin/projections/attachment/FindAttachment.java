package org.tongxin.projections.attachment;

/** One file by its id; answered with an {@code Optional<AttachmentView>}. */
public record FindAttachment(String attachmentId) {}
