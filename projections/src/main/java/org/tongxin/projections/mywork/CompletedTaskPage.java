package org.tongxin.projections.mywork;

import java.util.List;

public record CompletedTaskPage(List<CompletedTask> items, long total, int page, int size) {}
