package org.tongxin.projections.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** One appointment of a special supervisor; {@code endedOn} is set when it ended before its term. */
public record SupervisorTerm(
        String memberId,
        String department,
        LocalDate termStart,
        LocalDate termEnd,
        LocalDate endedOn,
        String endReason,
        int findings,
        Instant appointedAt) {

    /** Whether the appointment holds on {@code day}. */
    public boolean current(LocalDate day) {
        LocalDate last = endedOn != null ? endedOn : termEnd;
        return !day.isBefore(termStart) && !day.isAfter(last);
    }
}
