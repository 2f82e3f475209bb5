/**
 * Attachments (附件): the files that belong to a clue, proposal, handling or report, one event stream per item, so
 * the item's history and the audit log show each file added and published, and the read model rebuilds from events.
 */
package org.tongxin.engine.attachment;
