/** The attachments read model: each file's metadata by item, whether it is published, and where its bytes are. */
package org.tongxin.projections.attachment;
