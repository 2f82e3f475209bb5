package org.tongxin.engine.clue;

import org.tongxin.engine.shared.RuleCode;

/** The rules a clue enforces. */
public enum ClueRule implements RuleCode {
    TITLE_AND_CONTENT_REQUIRED("CLUE-REGISTER-001", Kind.INPUT, "a clue needs a title and content"),
    TOO_LONG("CLUE-REGISTER-002", Kind.INPUT, "the clue exceeds the allowed length"),
    NOT_REGISTERED("CLUE-CLASSIFY-001", Kind.STATE, "only a registered clue can be classified"),
    DECLINE_NEEDS_GROUND(
            "CLUE-CLASSIFY-002", Kind.INPUT, "declining a clue needs a coded ground and where it was redirected"),
    MERGE_NEEDS_OTHER_CLUE("CLUE-CLASSIFY-003", Kind.INPUT, "merging needs an earlier clue other than this one"),
    CATEGORY_REQUIRED("CLUE-CLASSIFY-004", Kind.INPUT, "a clue needs a category when it is classified");

    private final String code;
    private final Kind kind;
    private final String description;

    ClueRule(String code, Kind kind, String description) {
        this.code = code;
        this.kind = kind;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String description() {
        return description;
    }
}
