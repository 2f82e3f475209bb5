package org.tongxin.engine.report;

import org.tongxin.engine.shared.RuleCode;

/** The rules a public-opinion report enforces. */
public enum ReportRule implements RuleCode {
    TITLE_AND_CONTENT_REQUIRED("REPORT-DRAFT-001", Kind.INPUT, "a report needs a title and content"),
    TOO_LONG("REPORT-DRAFT-002", Kind.INPUT, "a public-opinion report states one matter in at most the allowed length"),
    CO_AUTHOR_INVALID(
            "REPORT-DRAFT-003",
            Kind.INPUT,
            "co-authors are other members than the author, each named once, at most " + ReportLimits.CO_AUTHORS_MAX),
    OWN_NAME_ONLY("REPORT-DRAFT-004", Kind.ACTOR, "a member drafts a report in their own name"),
    TITLE_TOO_LONG(
            "REPORT-DRAFT-005", Kind.INPUT, "a report's title is at most " + ReportLimits.TITLE_MAX + " characters"),
    NOT_A_DRAFT("REPORT-SUBMIT-001", Kind.STATE, "only a draft or a report returned for revision can be submitted"),
    NOT_THE_AUTHOR("REPORT-SUBMIT-002", Kind.ACTOR, "only the author or the office submits or revises a report"),
    NOT_REVISABLE("REPORT-REVISE-001", Kind.STATE, "only a draft or a report returned for revision is revised"),
    NOT_SUBMITTED("REPORT-ADOPT-001", Kind.STATE, "only a submitted report is adopted or not"),
    // REPORT-ADOPT-002 (an adopted report names its bulletin issue) is retired: issues are compiled as bulletins.
    REASON_REQUIRED("REPORT-ADOPT-003", Kind.INPUT, "not adopting a report for another reason needs the reason"),
    LEVEL_REQUIRED("REPORT-ADOPT-004", Kind.INPUT, "an adoption names the level that adopted the report"),
    DECLINE_GROUND_REQUIRED("REPORT-ADOPT-005", Kind.INPUT, "not adopting a report names its ground"),
    RETURN_REASON_REQUIRED("REPORT-RETURN-001", Kind.INPUT, "a report returned for revision says what to revise"),
    REVISION_ROUNDS_EXHAUSTED(
            "REPORT-RETURN-002",
            Kind.STATE,
            "a report is returned for revision at most the allowed number of times; adopt, decline or forward it"),
    CHANNEL_REQUIRED("REPORT-FORWARD-001", Kind.INPUT, "forwarding a report names the channel it goes to"),
    NOT_ADOPTED("REPORT-INSTRUCT-001", Kind.STATE, "a leader's instruction follows an adopted report"),
    INSTRUCTION_INCOMPLETE("REPORT-INSTRUCT-002", Kind.INPUT, "an instruction names the leader and its text"),
    DEPARTMENT_NAMED_TWICE(
            "REPORT-INSTRUCT-003", Kind.INPUT, "an instruction transfers the matter to each department once"),
    UNKNOWN_TRANSFER(
            "REPORT-INSTRUCT-004", Kind.INPUT, "the reply is not from a department this report was transferred to"),
    INSTRUCTED_IN_FUTURE(
            "REPORT-INSTRUCT-005", Kind.INPUT, "an instruction is recorded on or after the day it was written"),
    TEXT_TOO_LONG(
            "REPORT-TEXT-001",
            Kind.INPUT,
            "a reason, channel or note is at most " + ReportLimits.REASON_MAX + " characters, a leader's name "
                    + ReportLimits.LEADER_MAX + " and an instruction " + ReportLimits.INSTRUCTION_MAX),
    BULLETIN_NOT_ADOPTED("REPORT-BULLETIN-001", Kind.STATE, "only an adopted report appears in the bulletin"),
    ALREADY_IN_BULLETIN("REPORT-BULLETIN-002", Kind.STATE, "a report appears in one issue of the bulletin");

    private final Rule definition;

    ReportRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
