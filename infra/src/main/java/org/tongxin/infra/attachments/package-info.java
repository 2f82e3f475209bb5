/**
 * Attachments (附件): upload, inspection (type read from the bytes, images re-encoded without their metadata), the
 * content-addressed store (PostgreSQL or S3), access by the item's rules, downloads that never run in the browser,
 * and the panels the case, task, report and public pages show.
 */
package org.tongxin.infra.attachments;
