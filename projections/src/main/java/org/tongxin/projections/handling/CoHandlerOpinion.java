package org.tongxin.projections.handling;

import java.time.Instant;

/** A co-handler's opinion as the lead handling received it. */
public record CoHandlerOpinion(String department, Instant receivedAt) {}
