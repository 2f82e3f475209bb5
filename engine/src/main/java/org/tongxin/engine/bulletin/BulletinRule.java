package org.tongxin.engine.bulletin;

import org.tongxin.engine.shared.RuleCode;

/** The rules an issue of the bulletin enforces. */
public enum BulletinRule implements RuleCode {
    NO_REPORTS("BULLETIN-COMPILE-001", Kind.INPUT, "an issue holds at least one adopted report"),
    REPORT_TWICE("BULLETIN-COMPILE-002", Kind.INPUT, "an issue holds each report once"),
    TOO_MANY_REPORTS("BULLETIN-COMPILE-003", Kind.INPUT, "an issue holds at most " + Bulletin.MAX_REPORTS + " reports"),
    NOTE_TOO_LONG(
            "BULLETIN-COMPILE-004", Kind.INPUT, "the editor's note is at most " + Bulletin.NOTE_MAX + " characters"),
    ALREADY_PUBLISHED("BULLETIN-PUBLISH-001", Kind.STATE, "an issue is published once"),
    NO_RECIPIENTS("BULLETIN-PUBLISH-002", Kind.INPUT, "an issue is published to at least one reader, each named once");

    private final Rule definition;

    BulletinRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
