package org.tongxin.projections.supervision;

import java.util.List;

public record SupervisionPage(List<SupervisionView> items, long total, int page, int size) {}
