package org.tongxin.engine.shared;

/** The role check every aggregate shares; who may act on a particular case is each aggregate's own rule. */
public enum ActorRule implements RuleCode {
    ROLE_NOT_ALLOWED("ACTOR-001", Kind.ACTOR, "this role may not do that");

    private final Rule definition;

    ActorRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
