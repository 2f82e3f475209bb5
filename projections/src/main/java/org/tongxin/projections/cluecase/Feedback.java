package org.tongxin.projections.cluecase;

import java.time.Instant;

/** What the submitter was told of one downstream outcome ({@code sourceId}, e.g. the proposal). */
public record Feedback(String sourceId, String summary, Instant recordedAt) {}
