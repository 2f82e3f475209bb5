package org.tongxin.engine.shared;

/**
 * The one way the domain refuses a command. The web maps it to a problem detail, processes to a BPMN error; the
 * code is stable, the message is for people.
 */
public final class RuleViolation extends RuntimeException {

    private final RuleCode rule;

    public RuleViolation(RuleCode rule, String message) {
        super(rule.code() + ": " + message);
        this.rule = rule;
    }

    public RuleViolation(RuleCode rule) {
        this(rule, rule.description());
    }

    public RuleCode rule() {
        return rule;
    }

    public String code() {
        return rule.code();
    }

    /** Throws unless the actor has one of the roles. */
    public static void requireRole(ActorRef actor, Role... roles) {
        if (!actor.hasRole(roles)) {
            throw new RuleViolation(ActorRule.ROLE_NOT_ALLOWED, actor.role() + " may not do this");
        }
    }
}
