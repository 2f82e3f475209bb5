package org.tongxin.engine.supervision;

/**
 * The supervision rules a committee sets ({@code tongxin.rules.supervision.*}); the one home of their defaults.
 *
 * @param rectificationRounds how many times a department rectifies one finding: a round not accepted sends another
 *     while rounds are left, and leaves the finding unresolved after the last
 */
public record SupervisionPolicy(int rectificationRounds) {

    public SupervisionPolicy {
        if (rectificationRounds < 1) {
            throw new IllegalArgumentException("a finding is rectified at least once: " + rectificationRounds);
        }
    }

    public static SupervisionPolicy defaults() {
        return new SupervisionPolicy(2);
    }
}
