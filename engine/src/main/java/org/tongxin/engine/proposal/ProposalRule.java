package org.tongxin.engine.proposal;

import org.tongxin.engine.shared.RuleCode;

/** The rules a proposal enforces. */
public enum ProposalRule implements RuleCode {
    TITLE_AND_CONTENT_REQUIRED("PROPOSAL-DRAFT-001", Kind.INPUT, "a proposal needs a title and content"),
    TOO_LONG("PROPOSAL-DRAFT-002", Kind.INPUT, "the proposal exceeds the allowed length"),
    PROPOSER_REQUIRED("PROPOSAL-DRAFT-003", Kind.INPUT, "a proposal needs its kind and a lead proposer"),
    CO_SIGNERS_DO_NOT_FIT_KIND(
            "PROPOSAL-DRAFT-004",
            Kind.INPUT,
            "a joint proposal needs at least one co-signer; a member's or a body's proposal has none"),
    CO_SIGNERS_INVALID("PROPOSAL-DRAFT-005", Kind.INPUT, "a co-signer is blank, listed twice, or is the lead proposer"),
    BODY_DOES_NOT_FIT_KIND(
            "PROPOSAL-DRAFT-006",
            Kind.INPUT,
            "a body's proposal names its body (type and name); other proposals name none"),
    DRAFTS_ONLY_OWN("PROPOSAL-DRAFT-007", Kind.ACTOR, "a member drafts only a proposal he leads"),
    CHANNEL_DOES_NOT_FIT_DRAFTER(
            "PROPOSAL-DRAFT-008",
            Kind.INPUT,
            "the office enters a member's proposal on his behalf naming how it was received (on paper, in a plenary"
                    + " speech or a group discussion); a member writing his own enters it online"),
    NOT_EDITABLE("PROPOSAL-EDIT-001", Kind.STATE, "only a draft is edited; a submitted proposal is final"),
    EDITOR_NOT_PROPOSER(
            "PROPOSAL-EDIT-002",
            Kind.ACTOR,
            "only the lead proposer, or the proposal office for a proposal it entered, edits the draft"),
    NOT_A_DRAFT("PROPOSAL-SUBMIT-001", Kind.STATE, "only a draft can be submitted"),
    SUBMITTER_NOT_PROPOSER(
            "PROPOSAL-SUBMIT-002",
            Kind.ACTOR,
            "only the lead proposer, or the proposal office for a body or a proposal it entered, submits the proposal"),
    NOT_AWAITING_CO_SIGNERS("PROPOSAL-COSIGN-001", Kind.STATE, "the proposal is not awaiting its co-signers"),
    NOT_A_CO_SIGNER("PROPOSAL-COSIGN-002", Kind.ACTOR, "only a listed co-signer confirms or declines"),
    ALREADY_RESPONDED("PROPOSAL-COSIGN-003", Kind.STATE, "a co-signer confirms or declines once"),
    CO_SIGNING_DUE_PASSED("PROPOSAL-COSIGN-004", Kind.STATE, "the co-signers' confirmation due date has passed"),
    CO_SIGNING_STILL_OPEN(
            "PROPOSAL-COSIGN-005",
            Kind.STATE,
            "co-signing closes only after its due date or once every co-signer has responded"),
    CO_SIGNING_ALREADY_CLOSED("PROPOSAL-COSIGN-006", Kind.STATE, "co-signing has already been closed"),
    CO_SIGNER_NOT_REPLACEABLE(
            "PROPOSAL-COSIGN-007", Kind.STATE, "only a listed co-signer who has not answered yet is replaced"),
    CO_SIGNER_REPLACEMENT_REASON_REQUIRED("PROPOSAL-COSIGN-008", Kind.INPUT, "replacing a co-signer records why"),
    CO_SIGN_REASON_TOO_LONG(
            "PROPOSAL-COSIGN-009", Kind.INPUT, "the reason for declining to co-sign exceeds the allowed length"),
    NOT_WITHDRAWABLE("PROPOSAL-WITHDRAW-001", Kind.STATE, "a proposal can be withdrawn only before filing"),
    WITHDRAWER_NOT_PROPOSER(
            "PROPOSAL-WITHDRAW-002",
            Kind.ACTOR,
            "only the lead proposer, or the proposal office for a body or a proposal it entered, withdraws the proposal"),
    NOT_IN_FILING_REVIEW("PROPOSAL-FILING-001", Kind.STATE, "the proposal is not in filing review"),
    CATEGORY_REQUIRED("PROPOSAL-FILING-002", Kind.INPUT, "a filed proposal needs a category"),
    NOT_FILED_NEEDS_GROUND(
            "PROPOSAL-FILING-003",
            Kind.INPUT,
            "not filing a proposal needs one of the national grounds and what happens to its content"),
    FORWARDING_NEEDS_RECIPIENT("PROPOSAL-FILING-004", Kind.INPUT, "forwarded content names where it is forwarded"),
    FILING_NUMBER_REQUIRED(
            "PROPOSAL-FILING-005",
            Kind.INPUT,
            "a filed proposal carries its filing number: the year and the count within it, e.g. 2026-0042"),
    FILING_TEXT_TOO_LONG(
            "PROPOSAL-FILING-006",
            Kind.INPUT,
            "where the content is forwarded, or the note on the decision, exceeds the allowed length"),
    MERGE_TARGET_UNKNOWN("PROPOSAL-MERGE-001", Kind.INPUT, "a proposal is merged into a proposal that exists"),
    MERGE_INTO_ITSELF("PROPOSAL-MERGE-002", Kind.INPUT, "a proposal is not merged into itself"),
    MERGE_TARGET_MERGED(
            "PROPOSAL-MERGE-003", Kind.STATE, "the proposal to merge into has itself been merged into another"),
    MERGE_TARGET_NOT_OPEN(
            "PROPOSAL-MERGE-004",
            Kind.STATE,
            "a proposal is merged only into one under filing review or filed, not one withdrawn, not filed or closed"),
    KEY_ONLY_WHILE_FILED_AND_OPEN(
            "PROPOSAL-KEY-001", Kind.STATE, "only a filed proposal not yet closed becomes a key proposal"),
    ALREADY_KEY("PROPOSAL-KEY-002", Kind.STATE, "the proposal is already a key proposal"),
    SUPERVISING_LEADER_REQUIRED("PROPOSAL-KEY-003", Kind.INPUT, "a key proposal names its supervising leader"),
    NOT_READY_FOR_ASSIGNMENT("PROPOSAL-ASSIGN-001", Kind.STATE, "only a filed proposal not yet assigned is assigned"),
    ASSIGNMENTS_DO_NOT_FIT_MODE(
            "PROPOSAL-ASSIGN-002",
            Kind.INPUT,
            "lead with co-handlers and merged need exactly one lead and otherwise co-handlers; separate needs every"
                    + " department separate; each needs at least one department"),
    DEPARTMENT_TWICE("PROPOSAL-ASSIGN-003", Kind.INPUT, "a department is assigned once"),
    MERGED_WITH_DOES_NOT_FIT_MODE(
            "PROPOSAL-ASSIGN-004",
            Kind.INPUT,
            "a merged assignment names at least one other proposal, each once; other modes name none"),
    NOT_BEING_HANDLED("PROPOSAL-HANDLING-001", Kind.STATE, "the proposal is not with its departments"),
    UNKNOWN_HANDLING("PROPOSAL-HANDLING-002", Kind.INPUT, "the proposal has no handling with that id"),
    HANDLING_NOT_OPEN("PROPOSAL-HANDLING-003", Kind.STATE, "the handling has already ended"),
    TO_DEPARTMENT_INVALID(
            "PROPOSAL-HANDLING-004",
            Kind.INPUT,
            "a handling is reassigned to a named department that does not already handle the proposal"),
    HANDLING_ALREADY_CLOSED("PROPOSAL-HANDLING-005", Kind.STATE, "the handling's closing is already recorded"),
    OUTCOME_REQUIRED("PROPOSAL-HANDLING-006", Kind.INPUT, "a closed handling states its outcome class"),
    NOT_A_KEY_PROPOSAL("PROPOSAL-VOTE-001", Kind.STATE, "only a key proposal's handling is voted on"),
    VOTE_BEFORE_ASSIGNMENT("PROPOSAL-VOTE-002", Kind.STATE, "the handling is voted on only after assignment"),
    VOTE_ALREADY_RECORDED("PROPOSAL-VOTE-003", Kind.STATE, "the handling vote is recorded once"),
    VOTE_COUNTS_INVALID("PROPOSAL-VOTE-004", Kind.INPUT, "vote counts are not negative and add up to at least one"),
    NOT_THE_SUPERVISING_LEADER(
            "PROPOSAL-VOTE-005",
            Kind.ACTOR,
            "only the key proposal's supervising leader, or the office, records the vote"),
    VOTE_COUNTS_EXCEED_VOTERS(
            "PROPOSAL-VOTE-006",
            Kind.INPUT,
            "the votes counted add up to no more than the members voting, at most " + ProposalLimits.VOTERS_MAX),
    MEETING_NOT_KEY("PROPOSAL-MEETING-001", Kind.STATE, "a supervision meeting is recorded on a key proposal only"),
    MEETING_NOT_WHILE_HANDLED(
            "PROPOSAL-MEETING-002",
            Kind.STATE,
            "a supervision meeting is recorded while the departments handle the proposal"),
    MEETING_INCOMPLETE(
            "PROPOSAL-MEETING-003",
            Kind.INPUT,
            "a supervision meeting records its date, its participants and what was agreed"),
    MEETING_TEXT_TOO_LONG(
            "PROPOSAL-MEETING-004", Kind.INPUT, "the participants or what was agreed exceed the allowed length"),
    MEETING_DEPARTMENT_NOT_HANDLING(
            "PROPOSAL-MEETING-005", Kind.INPUT, "a supervision meeting names only departments handling the proposal"),
    MEETING_NOT_THE_SUPERVISING_LEADER(
            "PROPOSAL-MEETING-006",
            Kind.ACTOR,
            "only the key proposal's supervising leader, or the office, records a supervision meeting"),
    MEETING_IN_THE_FUTURE(
            "PROPOSAL-MEETING-007", Kind.INPUT, "a supervision meeting is recorded once it has been held"),
    SUPERVISION_RESULT_INCOMPLETE(
            "PROPOSAL-SUPERVISION-001", Kind.INPUT, "a supervision result names its entry and states the result"),
    SUPERVISION_RESULT_ALREADY_RECORDED(
            "PROPOSAL-SUPERVISION-002", Kind.STATE, "a supervision entry's result is recorded on a proposal once"),
    SUPERVISION_RESULT_BEFORE_FILING(
            "PROPOSAL-SUPERVISION-003", Kind.STATE, "only a filed proposal is a source of supervision"),
    ALREADY_CLOSED("PROPOSAL-CLOSE-001", Kind.STATE, "the proposal is already closed"),
    NOT_CLOSABLE("PROPOSAL-CLOSE-002", Kind.STATE, "only a proposal with its departments is closed"),
    HANDLINGS_STILL_OPEN("PROPOSAL-CLOSE-003", Kind.STATE, "a proposal closes only when every handling has closed");

    private final Rule definition;

    ProposalRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
