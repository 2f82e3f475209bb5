package org.tongxin.projections.proposal;

import java.time.Instant;

/** A co-signer and where their response stands: PENDING, CONFIRMED, DECLINED or DROPPED (no answer in time). */
public record CoSigner(String userId, String response, Instant respondedAt) {}
