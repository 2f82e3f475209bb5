package org.tongxin.engine.accesstoken;

import org.tongxin.engine.shared.RuleCode;

/** The rules a personal access token enforces. */
public enum AccessTokenRule implements RuleCode {
    NAME_REQUIRED(
            "TOKEN-ISSUE-001",
            Kind.INPUT,
            "a token has a name of 1 to " + AccessToken.NAME_MAX + " characters, so its owner can tell it apart"),
    EXPIRY_OUT_OF_RANGE(
            "TOKEN-ISSUE-002",
            Kind.INPUT,
            "a token expires after now and within " + AccessToken.LONGEST_LIFE.toDays() + " days"),
    SCOPE_REQUIRED("TOKEN-ISSUE-003", Kind.INPUT, "a token is read-only or read-write"),
    NOT_THE_OWNER("TOKEN-REVOKE-001", Kind.ACTOR, "a token is revoked by its owner or an administrator"),
    ALREADY_REVOKED("TOKEN-REVOKE-002", Kind.STATE, "a token is revoked once");

    private final Rule definition;

    AccessTokenRule(String code, Kind kind, String description) {
        this.definition = new Rule(code, kind, description);
    }

    @Override
    public Rule definition() {
        return definition;
    }
}
