package org.tongxin.projections.handling;

import java.time.Instant;

/** One evaluator's verdict on one round's reply, on both dimensions (handling work, result). */
public record EvaluationEntry(
        int round, String evaluator, String handlingWork, String result, String comment, Instant evaluatedAt) {}
