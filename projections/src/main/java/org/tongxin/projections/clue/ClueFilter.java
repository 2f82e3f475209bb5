package org.tongxin.projections.clue;

import java.time.Instant;

/** Every criterion is optional; {@code q} is a substring of title or content, case-insensitive. */
public record ClueFilter(
        String status,
        String category,
        String source,
        String district,
        String street,
        String sector,
        String workstation,
        String member,
        Instant registeredFrom,
        Instant registeredTo,
        String q) {

    public static ClueFilter none() {
        return new ClueFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
