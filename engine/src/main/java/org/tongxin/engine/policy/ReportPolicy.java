package org.tongxin.engine.policy;

/**
 * The committee's rules of public-opinion reports ({@code tongxin.rules.report.*}) other than their length (which
 * {@link ContentPolicy} holds).
 *
 * @param maxRevisionRounds how many times the office may return one report to its author for revision
 * @param reviewWorkingDays the office reviews a submitted report within this many working days
 * @param reviewReminderWorkingDays the reviewer is reminded this many working days before the review is due
 */
public record ReportPolicy(int maxRevisionRounds, int reviewWorkingDays, int reviewReminderWorkingDays) {

    public ReportPolicy {
        if (maxRevisionRounds < 0) {
            throw new IllegalArgumentException("maxRevisionRounds must not be negative: " + maxRevisionRounds);
        }
        if (reviewWorkingDays < 1) {
            throw new IllegalArgumentException("reviewWorkingDays must be positive: " + reviewWorkingDays);
        }
        if (reviewReminderWorkingDays < 0 || reviewReminderWorkingDays >= reviewWorkingDays) {
            throw new IllegalArgumentException(
                    "reviewReminderWorkingDays must be below reviewWorkingDays: " + reviewReminderWorkingDays);
        }
    }

    /** Two revision rounds; a review within 5 working days, reminded 1 working day before. */
    public static ReportPolicy defaults() {
        return new ReportPolicy(2, 5, 1);
    }
}
