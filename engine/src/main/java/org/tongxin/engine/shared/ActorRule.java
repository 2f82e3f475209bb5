package org.tongxin.engine.shared;

/** The role check every aggregate shares; who may act on a particular case is each aggregate's own rule. */
public enum ActorRule implements RuleCode {
    ROLE_NOT_ALLOWED("ACTOR-001", Kind.ACTOR, "this role may not do that");

    private final String code;
    private final Kind kind;
    private final String description;

    ActorRule(String code, Kind kind, String description) {
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
