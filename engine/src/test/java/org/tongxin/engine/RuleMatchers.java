package org.tongxin.engine;

import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.tongxin.engine.shared.RuleCode;
import org.tongxin.engine.shared.RuleViolation;

/** For fixtures: {@code .expectException(violates(ClueRule.TOO_LONG))}. {@link RuleCoverageTest} reads these calls. */
public final class RuleMatchers {

    private RuleMatchers() {}

    public static Matcher<Throwable> violates(RuleCode rule) {
        return Matchers.predicate((Throwable e) -> e instanceof RuleViolation v && v.rule() == rule);
    }
}
