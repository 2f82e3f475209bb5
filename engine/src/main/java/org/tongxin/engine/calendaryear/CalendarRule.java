package org.tongxin.engine.calendaryear;

import org.tongxin.engine.shared.RuleCode;

/** The rules the record of a year's working days enforces. */
public enum CalendarRule implements RuleCode {
    ENTRIES_INVALID(
            "CALENDAR-REVISE-001",
            Kind.INPUT,
            "every day lies in the year (or the December before), appears once, and a make-up workday is a weekend"),
    REVISED_MEANWHILE(
            "CALENDAR-REVISE-002",
            Kind.STATE,
            "a change is made to the revision it was read from; someone else saved the year in between"),
    NOTHING_TO_CONFIRM(
            "CALENDAR-CONFIRM-001", Kind.STATE, "a year is confirmed once, after its days were saved at least once");

    private final Rule definition;

    CalendarRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
