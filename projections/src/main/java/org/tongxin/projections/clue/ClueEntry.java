package org.tongxin.projections.clue;

import java.time.Instant;

/**
 * How a clue came in: its channel ({@code source}), and when the office entered it on someone's behalf, whose
 * ({@code onBehalfKind} CITIZEN or MEMBER, the member's user id), who entered it and the category it suggested.
 */
public record ClueEntry(
        String source,
        String onBehalfKind,
        String onBehalfMember,
        String enteredBy,
        String categoryHint,
        Instant registeredAt) {

    public boolean enteredOnBehalf() {
        return onBehalfKind != null;
    }
}
