package org.tongxin.projections.cases;

import java.time.Instant;

/**
 * The case of a clue or proposal id; {@code asOf} null for the live view, else the view as it stood at that instant,
 * folded from the event store. Answered with an optional {@link CaseView}.
 */
public record FindCase(String caseId, Instant asOf) {}
