package org.tongxin.engine.supervision;

import org.tongxin.engine.shared.RuleCode;

/** The rules of the special supervisors' registry. */
public enum SpecialSupervisorRule implements RuleCode {
    TERM_INCOMPLETE("SUPERVISOR-APPOINT-001", Kind.INPUT, "an appointment names the department and its term"),
    TERM_ENDS_BEFORE_START("SUPERVISOR-APPOINT-002", Kind.INPUT, "a term ends after it starts"),
    OVERLAPPING_TERM("SUPERVISOR-APPOINT-003", Kind.STATE, "the member already supervises the department in that term"),
    NO_CURRENT_TERM("SUPERVISOR-END-001", Kind.STATE, "the member holds no current appointment to the department"),
    END_REASON_REQUIRED("SUPERVISOR-END-002", Kind.INPUT, "ending a term early states why, in at most 500 characters"),
    FINDING_TEXT_REQUIRED("SUPERVISOR-FINDING-001", Kind.INPUT, "a finding states its subject and what was found"),
    NOT_APPOINTED("SUPERVISOR-FINDING-002", Kind.STATE, "a finding is at a department the member supervised that day"),
    NOT_THE_SUPERVISOR("SUPERVISOR-FINDING-003", Kind.ACTOR, "a member records only their own findings"),
    ROUTE_REQUIRED("SUPERVISOR-FINDING-004", Kind.INPUT, "a finding goes to the pool or straight to rectification");

    private final Rule definition;

    SpecialSupervisorRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
