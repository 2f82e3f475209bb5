package org.tongxin.projections.clue;

import java.time.Instant;

/**
 * A clue as the pool shows it. The submitter's name and phone are personal data: the web shows them to staff only.
 * In lists, {@code content} is cut to an excerpt. {@code submitterErased}: the submitter's name and phone were erased
 * (on request or after the retention period) and are gone from the event store's reading and from this view.
 */
public record ClueSummary(
        String clueId,
        String trackingCode,
        String title,
        String content,
        String source,
        String district,
        String street,
        String sector,
        String workstation,
        String member,
        String category,
        String status,
        String route,
        String declineGround,
        String redirectedTo,
        String mergedInto,
        String adopter,
        String targetKind,
        String targetId,
        int feedbackCount,
        String lastFeedback,
        String submitterName,
        String submitterPhone,
        Instant registeredAt,
        Instant classifiedAt,
        Instant closedAt,
        long version,
        boolean submitterErased) {

    /** The same clue with the submitter's contact replaced, for everyone but the proposal office. */
    public ClueSummary withSubmitter(String name, String phone) {
        return new ClueSummary(
                clueId,
                trackingCode,
                title,
                content,
                source,
                district,
                street,
                sector,
                workstation,
                member,
                category,
                status,
                route,
                declineGround,
                redirectedTo,
                mergedInto,
                adopter,
                targetKind,
                targetId,
                feedbackCount,
                lastFeedback,
                name,
                phone,
                registeredAt,
                classifiedAt,
                closedAt,
                version,
                submitterErased);
    }
}
