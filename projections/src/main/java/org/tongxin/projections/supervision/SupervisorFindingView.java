package org.tongxin.projections.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A special supervisor's finding and the pool entry it became, with that entry's status and result as they stand, so
 * the supervisor sees what came of it.
 */
public record SupervisorFindingView(
        String memberId,
        int n,
        String department,
        String subject,
        String text,
        LocalDate observedOn,
        String route,
        String supervisionId,
        Instant recordedAt,
        String entryStatus,
        String entryResult) {}
