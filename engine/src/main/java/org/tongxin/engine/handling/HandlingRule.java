package org.tongxin.engine.handling;

import org.tongxin.engine.shared.RuleCode;

/**
 * The rules a handling enforces. Rules several commands share carry the area {@code COMMON}; the others the action
 * they guard.
 */
public enum HandlingRule implements RuleCode {
    NOT_DEPARTMENT_OFFICER(
            "HANDLING-COMMON-001", Kind.ACTOR, "only an officer of the department the item is assigned to may do this"),
    HANDLING_ENDED("HANDLING-COMMON-002", Kind.STATE, "the handling was returned or closed"),
    RETURN_PENDING(
            "HANDLING-COMMON-003", Kind.STATE, "a return request is being arbitrated; the handling waits for it"),
    NOT_RECEIVED("HANDLING-COMMON-004", Kind.STATE, "the department has not received the item yet"),
    ALREADY_REPLIED("HANDLING-COMMON-005", Kind.STATE, "the department has already replied"),
    NOT_REPLIED(
            "HANDLING-COMMON-006",
            Kind.STATE,
            "the department has not replied in this round (a co-handler: not sent its opinion)"),
    CO_HANDLERS_NEVER_REPLY(
            "HANDLING-COMMON-007",
            Kind.STATE,
            "a co-handler sends its opinion to the lead department; replies, their deadlines and evaluations belong"
                    + " to the lead"),
    TEXT_TOO_LONG("HANDLING-COMMON-008", Kind.INPUT, "the text exceeds the allowed length"),

    ALREADY_OPENED("HANDLING-OPEN-001", Kind.STATE, "this handling was already opened with other details"),
    ASSIGNMENT_INCOMPLETE(
            "HANDLING-OPEN-002", Kind.INPUT, "an assignment needs a proposal, a department, a role and a day"),
    LEAD_REFERENCE("HANDLING-OPEN-003", Kind.INPUT, "a co-handler names the lead handling, and only a co-handler does"),
    EVALUATOR_REQUIRED("HANDLING-OPEN-004", Kind.INPUT, "a handling needs at least one evaluator, the proposer"),
    KIND_NOT_HANDLED("HANDLING-OPEN-005", Kind.INPUT, "departments do not handle items of this kind"),
    SOURCE_MISMATCH("HANDLING-OPEN-006", Kind.INPUT, "the handling id names another item than the one assigned"),
    NO_CO_HANDLERS_FOR_KIND("HANDLING-OPEN-007", Kind.INPUT, "items of this kind have no co-handlers"),
    EVALUATORS_FOR_KIND("HANDLING-OPEN-008", Kind.INPUT, "the evaluators do not match who evaluates this kind's reply"),

    ALREADY_RECEIVED("HANDLING-RECEIVE-001", Kind.STATE, "the department has already received the item"),
    NOT_DEEMED_RECEIVED_YET(
            "HANDLING-RECEIVE-002", Kind.STATE, "an item is deemed received only after its return window"),

    RETURN_WINDOW_CLOSED("HANDLING-RETURN-001", Kind.STATE, "the return window has ended; the assignment stands"),
    RETURN_ALREADY_REQUESTED(
            "HANDLING-RETURN-002", Kind.STATE, "the department has already asked once to return the item"),
    RETURN_REASON_REQUIRED("HANDLING-RETURN-003", Kind.INPUT, "a return request needs a reason"),
    NO_RETURN_PENDING("HANDLING-RETURN-004", Kind.STATE, "there is no return request to decide"),
    OTHER_DEPARTMENT_REQUIRED(
            "HANDLING-RETURN-005", Kind.INPUT, "reassigning names a department other than the current one"),
    CORRECTION_AFTER_REPLY(
            "HANDLING-CORRECT-001",
            Kind.STATE,
            "an assignment is corrected only before the department replies and while no return request is pending"),
    CORRECTION_REASON_REQUIRED("HANDLING-CORRECT-002", Kind.INPUT, "a corrected assignment records why"),

    CONTACT_INCOMPLETE("HANDLING-CONTACT-001", Kind.INPUT, "a contact needs the day and the method"),
    CONTACT_DAY_OUT_OF_RANGE(
            "HANDLING-CONTACT-002", Kind.INPUT, "the contact day must lie between the assignment and today"),

    NOT_A_CO_HANDLING("HANDLING-OPINION-001", Kind.STATE, "only a co-handler sends an opinion to the lead department"),
    OPINION_REQUIRED("HANDLING-OPINION-002", Kind.INPUT, "an opinion needs its text and the department it is from"),
    NOT_A_LEAD_HANDLING("HANDLING-OPINION-003", Kind.STATE, "only the lead handling receives co-handlers' opinions"),

    EXTENSION_INVALID("HANDLING-EXTEND-001", Kind.INPUT, "an extension request needs a positive period and a reason"),
    EXTENSION_PENDING("HANDLING-EXTEND-002", Kind.STATE, "an extension request is already waiting for the office"),
    NO_EXTENSION_PENDING("HANDLING-EXTEND-003", Kind.STATE, "there is no extension request to decide"),
    EXTENSION_BEYOND_CAP(
            "HANDLING-EXTEND-004",
            Kind.STATE,
            "all extensions together would put the reply beyond the longest time allowed after assignment"),
    NO_EXTENSION_WHEN_REHANDLING(
            "HANDLING-EXTEND-005", Kind.STATE, "a re-handled reply has its own time limit and is not extended"),

    REPLY_INCOMPLETE("HANDLING-REPLY-001", Kind.INPUT, "a reply needs an outcome class and a text"),
    NO_OUTCOME_CLASS_FOR_KIND(
            "HANDLING-REPLY-002",
            Kind.INPUT,
            "the reply to an item of this kind states measures, not an outcome class"),

    NOT_YET_OVERDUE("HANDLING-OVERDUE-001", Kind.STATE, "the reply is not overdue until the day after it is due"),
    NOT_OVERDUE("HANDLING-OVERDUE-002", Kind.STATE, "only an overdue reply is followed up"),
    FOLLOW_UP_NOTE_REQUIRED("HANDLING-OVERDUE-003", Kind.INPUT, "a follow-up says what was done"),

    NOT_AN_EVALUATOR("HANDLING-EVALUATE-001", Kind.ACTOR, "only the proposer and confirmed co-signers evaluate"),
    ALREADY_EVALUATED("HANDLING-EVALUATE-002", Kind.STATE, "this evaluator has already evaluated this round's reply"),
    EVALUATION_WINDOW_ENDED("HANDLING-EVALUATE-003", Kind.STATE, "the evaluation window of this reply has ended"),
    EVALUATION_INCOMPLETE(
            "HANDLING-EVALUATE-004", Kind.INPUT, "an evaluation rates both the handling work and the result"),
    EVALUATION_WINDOW_OPEN("HANDLING-EVALUATE-005", Kind.STATE, "the evaluation window has not ended yet"),
    EVALUATION_NOT_SETTLED(
            "HANDLING-EVALUATE-006",
            Kind.STATE,
            "the round's evaluation is not settled: evaluators are still within the window"),

    NOT_UNSATISFIED(
            "HANDLING-REHANDLE-001",
            Kind.STATE,
            "only an unsatisfied evaluation leads to a re-handle or to supervision"),
    REHANDLE_LIMIT_REACHED("HANDLING-REHANDLE-002", Kind.STATE, "the re-handle limit is reached"),
    NO_REHANDLE_FOR_KIND(
            "HANDLING-REHANDLE-003", Kind.STATE, "an item of this kind is not re-handled nor escalated to supervision"),

    REHANDLE_LEFT(
            "HANDLING-ESCALATE-001", Kind.STATE, "a re-handle is still allowed; supervision comes after the last one"),

    UNSATISFIED_UNRESOLVED(
            "HANDLING-CLOSE-001",
            Kind.STATE,
            "an unsatisfied round is re-handled, or escalated to supervision when no re-handle is left, before the"
                    + " handling closes");

    private final Rule definition;

    HandlingRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
