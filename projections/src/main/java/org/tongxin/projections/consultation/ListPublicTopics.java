package org.tongxin.projections.consultation;

/** What the public sees: topics taking opinions online now, and concluded topics with their results. */
public record ListPublicTopics(int limit) {}
