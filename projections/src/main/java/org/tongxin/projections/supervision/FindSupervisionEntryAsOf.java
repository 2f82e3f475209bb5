package org.tongxin.projections.supervision;

import java.time.Instant;

/**
 * An entry as it stood at {@code asOf}, folded from its events; with {@code department} the same narrowing as
 * {@link FindSupervisionEntry}. Answered with an optional {@link SupervisionView}.
 */
public record FindSupervisionEntryAsOf(String supervisionId, String department, Instant asOf) {}
