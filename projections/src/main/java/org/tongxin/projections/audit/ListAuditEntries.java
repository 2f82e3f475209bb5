package org.tongxin.projections.audit;

/** A page of the audit log, newest first unless {@code oldestFirst}. */
public record ListAuditEntries(AuditFilter filter, boolean oldestFirst, int page, int size) {

    public ListAuditEntries {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page ≥ 0 and 1 ≤ size ≤ 200");
        }
        filter = filter == null ? AuditFilter.none() : filter;
    }
}
