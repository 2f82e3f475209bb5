package org.tongxin.projections.handling;

import java.util.List;

/** One page of a department board, oldest due date first. */
public record HandlingPage(List<HandlingSummary> items, long total, int page, int size) {}
