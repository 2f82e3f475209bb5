package org.tongxin.projections.handling;

import java.time.Instant;

/** A co-handler's opinion as the lead handling received it, with its text. */
public record CoHandlerOpinion(String department, String opinion, Instant receivedAt) {}
