package org.tongxin.engine.shared;

/**
 * Every refusal the domain can give, with a stable code. The code is part of the API (problem details carry it,
 * BPMN error codes use it), so a code is never renamed or reused; a retired rule keeps its entry.
 */
public enum RuleCode {
    CLUE_REGISTER_001("CLUE-REGISTER-001", "a clue needs a title and content"),
    CLUE_REGISTER_002("CLUE-REGISTER-002", "the clue exceeds the allowed length"),
    CLUE_CLASSIFY_001("CLUE-CLASSIFY-001", "only a registered clue can be classified"),
    CLUE_CLASSIFY_002("CLUE-CLASSIFY-002", "declining a clue needs a coded ground and where it was redirected"),
    CLUE_CLASSIFY_003("CLUE-CLASSIFY-003", "merging needs an earlier clue other than this one"),
    CLUE_CLASSIFY_004("CLUE-CLASSIFY-004", "a clue needs a category when it is classified"),
    ACTOR_001("ACTOR-001", "this role may not do that");

    private final String code;
    private final String description;

    RuleCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
