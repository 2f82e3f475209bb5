package org.tongxin.projections.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> items, long total, int page, int size) {}
