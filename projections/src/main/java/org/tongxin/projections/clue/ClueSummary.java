package org.tongxin.projections.clue;

import java.time.Instant;

/**
 * A clue as the pool shows it. The submitter's name and phone are personal data: the web shows them to staff only.
 */
public record ClueSummary(
        String clueId,
        String trackingCode,
        String title,
        String content,
        String source,
        String district,
        String street,
        String category,
        String status,
        String route,
        String submitterName,
        String submitterPhone,
        Instant registeredAt,
        Instant classifiedAt,
        long version) {}
