package org.tongxin.projections.attachment;

/** The files of one item, oldest first; {@code publishedOnly} for the public pages. */
public record ListAttachments(String itemKind, String itemId, boolean publishedOnly) {}
