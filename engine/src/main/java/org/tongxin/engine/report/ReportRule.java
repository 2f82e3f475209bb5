package org.tongxin.engine.report;

import org.tongxin.engine.shared.RuleCode;

/** The rules a public-opinion report enforces. */
public enum ReportRule implements RuleCode {
    TITLE_AND_CONTENT_REQUIRED("REPORT-DRAFT-001", Kind.INPUT, "a report needs a title and content"),
    TOO_LONG("REPORT-DRAFT-002", Kind.INPUT, "a public-opinion report states one matter in at most the allowed length"),
    NOT_A_DRAFT("REPORT-SUBMIT-001", Kind.STATE, "only a draft report can be submitted"),
    NOT_THE_AUTHOR("REPORT-SUBMIT-002", Kind.ACTOR, "only the author or the office submits a report"),
    NOT_SUBMITTED("REPORT-ADOPT-001", Kind.STATE, "only a submitted report is adopted or not"),
    BULLETIN_REQUIRED("REPORT-ADOPT-002", Kind.INPUT, "an adopted report names the bulletin issue it appears in"),
    REASON_REQUIRED("REPORT-ADOPT-003", Kind.INPUT, "not adopting a report needs a reason"),
    NOT_ADOPTED("REPORT-INSTRUCT-001", Kind.STATE, "a leader's instruction follows an adopted report"),
    INSTRUCTION_INCOMPLETE("REPORT-INSTRUCT-002", Kind.INPUT, "an instruction names the leader and its text"),
    DEPARTMENT_NAMED_TWICE(
            "REPORT-INSTRUCT-003", Kind.INPUT, "an instruction transfers the matter to each department once"),
    UNKNOWN_TRANSFER(
            "REPORT-INSTRUCT-004", Kind.INPUT, "the reply is not from a department this report was transferred to");

    private final Rule definition;

    ReportRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
