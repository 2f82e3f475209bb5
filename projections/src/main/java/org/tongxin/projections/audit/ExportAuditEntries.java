package org.tongxin.projections.audit;

/**
 * Up to {@code limit} entries after global position {@code afterIndex}, oldest first: an export walks the log in
 * chunks without the cost of deep offsets. Answered with a list of {@link AuditEntry}.
 */
public record ExportAuditEntries(AuditFilter filter, long afterIndex, int limit) {

    public ExportAuditEntries {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("1 ≤ limit ≤ 5000");
        }
        filter = filter == null ? AuditFilter.none() : filter;
    }
}
