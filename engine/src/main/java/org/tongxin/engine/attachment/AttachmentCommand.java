package org.tongxin.engine.attachment;

import org.tongxin.engine.shared.Command;

/** The commands an item's attachments accept. */
public sealed interface AttachmentCommand extends Command
        permits AddAttachment, PublishAttachment, UnpublishAttachment {}
