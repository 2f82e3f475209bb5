package org.tongxin.engine.supervision;

import org.tongxin.engine.shared.RuleCode;

/** The rules a supervision pool entry enforces. */
public enum SupervisionRule implements RuleCode {
    SUBJECT_REQUIRED("SUPERVISION-REGISTER-001", Kind.INPUT, "an entry states its subject, within the allowed length"),
    DEPARTMENTS_REQUIRED("SUPERVISION-REGISTER-002", Kind.INPUT, "an entry names the departments concerned"),
    DEPARTMENT_NAMED_TWICE("SUPERVISION-REGISTER-003", Kind.INPUT, "an entry names each department once"),
    PLAN_YEAR_OUT_OF_RANGE(
            "SUPERVISION-REGISTER-004", Kind.INPUT, "the annual plan year is this year, the last or the next"),
    TYPE_REQUIRED("SUPERVISION-REGISTER-005", Kind.INPUT, "an entry has a type of supervision"),
    TEXT_TOO_LONG("SUPERVISION-REGISTER-006", Kind.INPUT, "a description, finding, answer or result is too long"),
    TEAM_MEMBERS_REQUIRED("SUPERVISION-TEAM-001", Kind.INPUT, "a supervision team has at least one committee member"),
    ENTRY_CLOSED("SUPERVISION-TEAM-002", Kind.STATE, "a closed entry takes no more work"),
    TEAM_TOO_LARGE("SUPERVISION-TEAM-003", Kind.INPUT, "a team names each person once, within the allowed size"),
    TEAM_FIRST("SUPERVISION-INSPECT-001", Kind.STATE, "an activity is recorded once the entry has a team"),
    ACTIVITY_INCOMPLETE("SUPERVISION-INSPECT-002", Kind.INPUT, "an activity has its kind, date and places"),
    ACTIVITY_IN_FUTURE("SUPERVISION-INSPECT-003", Kind.INPUT, "an activity is recorded after it was held"),
    FINDING_INCOMPLETE("SUPERVISION-INSPECT-004", Kind.INPUT, "a finding names its department and what was found"),
    FINDING_DEPARTMENT_NOT_CONCERNED(
            "SUPERVISION-INSPECT-005", Kind.INPUT, "a finding is against a department the entry concerns"),
    UNKNOWN_FINDING("SUPERVISION-RECTIFY-001", Kind.INPUT, "there is no such finding on this entry"),
    ALREADY_RECTIFYING("SUPERVISION-RECTIFY-002", Kind.STATE, "the finding was already sent for rectification"),
    UNKNOWN_RECTIFICATION("SUPERVISION-ANSWER-001", Kind.INPUT, "there is no such rectification item on this entry"),
    NOT_THE_DEPARTMENT("SUPERVISION-ANSWER-002", Kind.ACTOR, "only the department the item went to answers it"),
    ANSWER_REQUIRED("SUPERVISION-ANSWER-003", Kind.INPUT, "an answer states what was rectified"),
    NOT_ANSWERED("SUPERVISION-VERIFY-001", Kind.STATE, "only an answered rectification item is verified"),
    OPINION_REQUIRED("SUPERVISION-VERIFY-002", Kind.INPUT, "not accepting a rectification states why"),
    NOT_IN_THE_TEAM("SUPERVISION-VERIFY-003", Kind.ACTOR, "a member verifies only as one of the entry's team"),
    RECTIFICATION_OPEN(
            "SUPERVISION-CLOSE-001", Kind.STATE, "an entry closes once every rectification item is verified"),
    RESULT_REQUIRED("SUPERVISION-CLOSE-002", Kind.INPUT, "closing an entry states its result");

    private final Rule definition;

    SupervisionRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
