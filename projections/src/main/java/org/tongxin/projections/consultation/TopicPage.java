package org.tongxin.projections.consultation;

import java.util.List;

public record TopicPage(List<TopicView> items, long total, int page, int size) {}
