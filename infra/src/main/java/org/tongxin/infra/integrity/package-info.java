/**
 * The tamper-evident record: an SM3 hash chain over the event log sealed behind the writers, SM2-signed checkpoints,
 * verification (API, page and a command-line verifier for outside auditors) and printable receipts.
 */
package org.tongxin.infra.integrity;
