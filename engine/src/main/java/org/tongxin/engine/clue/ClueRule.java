package org.tongxin.engine.clue;

import org.tongxin.engine.shared.RuleCode;

/** The rules a clue enforces. */
public enum ClueRule implements RuleCode {
    TITLE_AND_CONTENT_REQUIRED("CLUE-REGISTER-001", Kind.INPUT, "a clue needs a title and content"),
    TOO_LONG("CLUE-REGISTER-002", Kind.INPUT, "the clue exceeds the allowed length"),
    CONTACT_WITHOUT_CONSENT(
            "CLUE-REGISTER-003", Kind.INPUT, "a submitter's name or phone is kept only with their consent to its use"),
    ON_BEHALF_BY_STAFF_ONLY(
            "CLUE-REGISTER-004",
            Kind.ACTOR,
            "only the office enters a clue on someone's behalf, and a letter, call, plenary speech or group discussion"
                    + " comes in that way only"),
    ON_BEHALF_MEMBER_REQUIRED(
            "CLUE-REGISTER-005", Kind.INPUT, "a clue entered on a member's behalf names the member, and only then"),
    NOT_REGISTERED("CLUE-CLASSIFY-001", Kind.STATE, "only a registered clue can be classified"),
    DECLINE_NEEDS_GROUND(
            "CLUE-CLASSIFY-002", Kind.INPUT, "declining a clue needs a coded ground and where it was redirected"),
    MERGE_NEEDS_OTHER_CLUE("CLUE-CLASSIFY-003", Kind.INPUT, "merging needs an earlier clue other than this one"),
    CATEGORY_REQUIRED("CLUE-CLASSIFY-004", Kind.INPUT, "a clue needs a category when it is classified"),
    CLASSIFICATION_TOO_LONG(
            "CLUE-CLASSIFY-005", Kind.INPUT, "the street or where the clue was redirected exceeds the allowed length"),
    CANNOT_ABSORB("CLUE-MERGE-001", Kind.STATE, "a merged or closed clue cannot take in other clues"),
    ABSORB_ITSELF("CLUE-MERGE-002", Kind.INPUT, "a clue cannot be merged into itself"),
    NOT_PUBLISHED("CLUE-ADOPT-001", Kind.STATE, "only a clue published to members can be adopted"),
    ALREADY_ADOPTED("CLUE-ADOPT-002", Kind.STATE, "the clue already has an adopter"),
    CONVERSION_NOT_ROUTED(
            "CLUE-CONVERT-001",
            Kind.STATE,
            "a clue becomes what it was routed to: a proposal once adopted, a topic or report once routed there"),
    NOT_THE_ADOPTER("CLUE-CONVERT-002", Kind.ACTOR, "only the adopting member records the proposal drafted from it"),
    TARGET_ID_REQUIRED("CLUE-CONVERT-003", Kind.INPUT, "a conversion names the proposal, topic or report it became"),
    FEEDBACK_BEFORE_OUTCOME(
            "CLUE-FEEDBACK-001", Kind.STATE, "feedback follows an outcome, not a pending or closed clue"),
    FEEDBACK_ALREADY_RECORDED("CLUE-FEEDBACK-002", Kind.STATE, "this outcome was already fed back to the clue"),
    FEEDBACK_EMPTY("CLUE-FEEDBACK-003", Kind.INPUT, "feedback needs its source and a summary"),
    CLOSE_WITHOUT_OUTCOME("CLUE-CLOSE-001", Kind.STATE, "only a converted, declined or merged clue can be closed"),
    CLOSE_WITHOUT_FEEDBACK("CLUE-CLOSE-002", Kind.STATE, "a converted clue is closed only after its feedback"),
    ERASURE_NEEDS_REASON("CLUE-ERASE-001", Kind.INPUT, "erasing a submitter's personal data needs the reason"),
    NOTHING_TO_ERASE(
            "CLUE-ERASE-002", Kind.STATE, "the clue holds no personal data of its submitter, or it was erased already");

    private final Rule definition;

    ClueRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
