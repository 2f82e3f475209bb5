package org.tongxin.projections.cluecase;

import java.time.Instant;
import java.util.List;

/**
 * A clue's case without its submitter's personal data. {@code closedFrom} is the status the clue closed from, e.g.
 * DECLINED. {@code version} is the sequence number of the last event folded in.
 */
public record ClueCaseView(
        String clueId,
        String trackingCode,
        String title,
        String source,
        String district,
        String street,
        String member,
        String workstation,
        String sector,
        String category,
        String status,
        String route,
        String declineGround,
        String redirectedTo,
        String mergedInto,
        List<String> absorbed,
        String adopter,
        String targetKind,
        String targetId,
        List<Feedback> feedback,
        String closedFrom,
        Instant registeredAt,
        Instant classifiedAt,
        Instant adoptedAt,
        Instant convertedAt,
        Instant closedAt,
        long version) {}
