package org.tongxin.projections.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A special supervisor's finding and the pool entry it became. */
public record SupervisorFindingView(
        String memberId,
        int n,
        String department,
        String subject,
        String text,
        LocalDate observedOn,
        String route,
        String supervisionId,
        Instant recordedAt) {}
