package org.tongxin.engine.shared;

/**
 * Every refusal the domain can give, with a stable code. The code is part of the API (problem details carry it,
 * BPMN error codes use it), so a code is never renamed or reused; a retired rule keeps its entry.
 */
public enum RuleCode {
    CLUE_REGISTER_001("CLUE-REGISTER-001", Kind.INPUT, "a clue needs a title and content"),
    CLUE_REGISTER_002("CLUE-REGISTER-002", Kind.INPUT, "the clue exceeds the allowed length"),
    CLUE_CLASSIFY_001("CLUE-CLASSIFY-001", Kind.STATE, "only a registered clue can be classified"),
    CLUE_CLASSIFY_002(
            "CLUE-CLASSIFY-002", Kind.INPUT, "declining a clue needs a coded ground and where it was redirected"),
    CLUE_CLASSIFY_003("CLUE-CLASSIFY-003", Kind.INPUT, "merging needs an earlier clue other than this one"),
    CLUE_CLASSIFY_004("CLUE-CLASSIFY-004", Kind.INPUT, "a clue needs a category when it is classified"),
    ACTOR_001("ACTOR-001", Kind.ACTOR, "this role may not do that");

    /** What kind of refusal: the web answers 409 for STATE, 422 for INPUT, 403 for ACTOR. */
    public enum Kind {
        /** The case is not in a state that allows the command. */
        STATE,
        /** The command's content breaks a rule. */
        INPUT,
        /** The acting user may not send the command. */
        ACTOR
    }

    private final String code;
    private final Kind kind;
    private final String description;

    RuleCode(String code, Kind kind, String description) {
        this.code = code;
        this.kind = kind;
        this.description = description;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
