package org.tongxin.engine.consultation;

import org.tongxin.engine.shared.RuleCode;

/** The rules a consultation topic enforces. */
public enum TopicRule implements RuleCode {
    TITLE_REQUIRED("CONSULT-CREATE-001", Kind.INPUT, "a topic needs a title, a background and a kind"),
    TOO_LONG("CONSULT-CREATE-002", Kind.INPUT, "a text of the topic exceeds the allowed length"),
    CLUES_REQUIRED("CONSULT-CREATE-003", Kind.INPUT, "a topic made from clues names at least one clue"),
    ONLY_STAFF_CONVERTS_CLUES("CONSULT-CREATE-004", Kind.ACTOR, "only the office makes a topic from clues"),
    NOT_PROPOSED("CONSULT-APPROVE-001", Kind.STATE, "only a proposed topic is approved or refused"),
    REFUSAL_NEEDS_REASON("CONSULT-APPROVE-002", Kind.INPUT, "refusing a topic needs a reason"),
    NOT_IN_PREPARATION(
            "CONSULT-PREPARE-001", Kind.STATE, "research is recorded on an approved topic before its meeting"),
    VISIT_INCOMPLETE("CONSULT-PREPARE-002", Kind.INPUT, "a research visit has a date, a place and its findings"),
    REPORT_REQUIRED("CONSULT-PREPARE-003", Kind.INPUT, "a research report needs its text"),
    NOT_APPROVED("CONSULT-MEETING-001", Kind.STATE, "a meeting is scheduled for an approved topic"),
    MEETING_INCOMPLETE("CONSULT-MEETING-002", Kind.INPUT, "a meeting has a date and a place"),
    ONLINE_NEEDS_CLOSING_TIME(
            "CONSULT-MEETING-003", Kind.INPUT, "online participation needs a closing time after the opening"),
    NOT_SCHEDULED("CONSULT-HOLD-001", Kind.STATE, "a meeting is held after it was scheduled"),
    MINUTES_REQUIRED("CONSULT-HOLD-002", Kind.INPUT, "a held meeting has its date and minutes"),
    ONLINE_STILL_OPEN("CONSULT-HOLD-003", Kind.STATE, "the meeting is recorded after online participation closed"),
    NOT_ITEMIZABLE(
            "CONSULT-SUGGEST-001", Kind.STATE, "suggestions are itemized after the meeting and before the transfer"),
    SUGGESTION_INCOMPLETE("CONSULT-SUGGEST-002", Kind.INPUT, "a suggestion has a text and at least one department"),
    DEPARTMENT_NAMED_TWICE("CONSULT-SUGGEST-003", Kind.INPUT, "a suggestion names each department once"),
    OPINION_NOT_PUBLISHED("CONSULT-SUGGEST-004", Kind.STATE, "only a published opinion is lifted into a suggestion"),
    NOTHING_TO_TRANSFER(
            "CONSULT-TRANSFER-001", Kind.STATE, "a held meeting's suggestions are transferred once, at least one"),
    UNKNOWN_HANDLING("CONSULT-ANSWER-001", Kind.INPUT, "the answer is not about a suggestion of this topic"),
    NOT_ADOPTED_NEEDS_REASON(
            "CONSULT-ANSWER-002", Kind.INPUT, "an answer states its measures, and a reason when not adopted"),
    NOT_YOUR_DEPARTMENT("CONSULT-ANSWER-003", Kind.ACTOR, "a department answers only the suggestions sent to it"),
    ALREADY_ANSWERED("CONSULT-ANSWER-004", Kind.STATE, "the department already answered this suggestion"),
    NOT_FOLLOWING_UP("CONSULT-FOLLOWUP-001", Kind.STATE, "the topic's suggestions are not with the departments"),
    CLOSE_NEEDS_REASON(
            "CONSULT-FOLLOWUP-002", Kind.INPUT, "closing a follow-up with suggestions unanswered needs a reason"),
    NOTE_REQUIRED("CONSULT-FOLLOWUP-003", Kind.INPUT, "asking a department again says what is asked"),
    NOT_CLOSED("CONSULT-RESULT-001", Kind.STATE, "the result is recorded once, after the follow-up closed"),
    SUMMARY_REQUIRED("CONSULT-RESULT-002", Kind.INPUT, "a result needs its summary"),
    NOT_OPEN_ONLINE("CONSULT-OPINION-001", Kind.STATE, "the topic does not take opinions now"),
    OPINION_EMPTY("CONSULT-OPINION-002", Kind.INPUT, "an opinion needs its text"),
    CONTACT_WITHOUT_CONSENT(
            "CONSULT-OPINION-003", Kind.INPUT, "a name or phone is kept only with the person's consent to its use"),
    UNKNOWN_OPINION("CONSULT-MODERATE-001", Kind.INPUT, "no such opinion on this topic"),
    HIDING_NEEDS_REASON("CONSULT-MODERATE-002", Kind.INPUT, "hiding an opinion needs a reason"),
    ERASURE_NEEDS_REASON("CONSULT-ERASE-001", Kind.INPUT, "erasing an opinion giver's personal data needs a reason"),
    NOTHING_TO_ERASE(
            "CONSULT-ERASE-002", Kind.STATE, "the opinion holds no name or phone to erase, or they were erased");

    private final Rule definition;

    TopicRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
