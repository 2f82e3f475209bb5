package org.tongxin.infra.web;

import org.springframework.http.HttpStatus;
import org.tongxin.engine.shared.RuleViolation;

/** The one mapping from the kind of rule a refusal breaks to its HTTP status, for problem details and pages alike. */
public final class RuleStatus {

    private RuleStatus() {}

    public static HttpStatus of(RuleViolation refusal) {
        return switch (refusal.rule().kind()) {
            case STATE -> HttpStatus.CONFLICT;
            case INPUT -> HttpStatus.UNPROCESSABLE_ENTITY;
            case ACTOR -> HttpStatus.FORBIDDEN;
        };
    }
}
