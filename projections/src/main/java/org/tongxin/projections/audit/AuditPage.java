package org.tongxin.projections.audit;

import java.util.List;

/**
 * One page of the audit log. {@code total} counts the matching entries up to {@link
 * org.tongxin.projections.support.CappedCount#CAP}; {@code totalCapped} says there are more than that.
 */
public record AuditPage(List<AuditEntry> items, long total, int page, int size, boolean totalCapped) {

    public AuditPage(List<AuditEntry> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }
}
