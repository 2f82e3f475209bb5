package org.tongxin.projections.cluecase;

import java.util.List;

/** One page of clues still owed an answer, oldest first. */
public record UnansweredPage(List<ClueCaseView> items, long total, int page, int size) {}
