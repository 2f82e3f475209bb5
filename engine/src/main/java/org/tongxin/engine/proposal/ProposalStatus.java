package org.tongxin.engine.proposal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The proposal's lifecycle; the transition table is the single place that says what may follow what. */
public enum ProposalStatus {
    DRAFT,
    AWAITING_CO_SIGNERS,
    IN_FILING_REVIEW,
    WITHDRAWN,
    FILED,
    NOT_FILED,
    CONVERTED_TO_OPINION_REPORT,
    /** With the departments: reassignments, closed handlings and the key-proposal vote happen here. */
    ASSIGNED,
    CLOSED;

    private static final Map<ProposalStatus, Set<ProposalStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(AWAITING_CO_SIGNERS, IN_FILING_REVIEW, WITHDRAWN),
            AWAITING_CO_SIGNERS, EnumSet.of(IN_FILING_REVIEW, WITHDRAWN),
            IN_FILING_REVIEW, EnumSet.of(FILED, NOT_FILED, CONVERTED_TO_OPINION_REPORT, WITHDRAWN),
            WITHDRAWN, EnumSet.noneOf(ProposalStatus.class),
            FILED, EnumSet.of(ASSIGNED),
            NOT_FILED, EnumSet.noneOf(ProposalStatus.class),
            CONVERTED_TO_OPINION_REPORT, EnumSet.noneOf(ProposalStatus.class),
            ASSIGNED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ProposalStatus.class));

    public boolean canMoveTo(ProposalStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Filed and not yet closed: the stretch in which a proposal may become a key proposal. */
    public boolean isFiledAndOpen() {
        return this == FILED || this == ASSIGNED;
    }

    /** Assigned at some point: the departments have or had it, so there is handling to evaluate. */
    public boolean hasBeenAssigned() {
        return this == ASSIGNED || this == CLOSED;
    }

    /** Joint proposals wait for their co-signers; the others go straight to filing review. */
    public static ProposalStatus afterSubmission(ProposerKind kind) {
        return kind == ProposerKind.JOINT ? AWAITING_CO_SIGNERS : IN_FILING_REVIEW;
    }
}
