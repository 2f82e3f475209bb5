package org.tongxin.projections.cluecase;

import java.time.Instant;
import org.tongxin.engine.shared.Phrase;

/**
 * What the submitter was told of one downstream outcome ({@code sourceId}, e.g. the proposal): the text as sent and,
 * where it was recorded with one, the same words as a phrase for a reader of another language.
 */
public record Feedback(String sourceId, String summary, Instant recordedAt, Phrase phrase) {}
