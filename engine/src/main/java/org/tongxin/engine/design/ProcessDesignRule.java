package org.tongxin.engine.design;

import org.tongxin.engine.shared.RuleCode;

/** The rules the record of a process's design enforces. */
public enum ProcessDesignRule implements RuleCode {
    VERSION_NOT_NEWER(
            "DESIGN-DEPLOY-001", Kind.INPUT, "a deployed version is newer than every version recorded before"),
    NOTHING_MIGRATED(
            "DESIGN-MIGRATE-001",
            Kind.INPUT,
            "a migration moves cases between two different versions, at least one case"),
    NOTHING_REHEARSED("DESIGN-REHEARSE-001", Kind.INPUT, "a rehearsal replays at least one recorded case");

    private final Rule definition;

    ProcessDesignRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
