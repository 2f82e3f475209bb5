package org.tongxin.engine.policy;

/**
 * Length limits that are rules of the committee rather than technical limits, so they are configuration
 * ({@code tongxin.rules.*}) like the deadlines.
 *
 * @param opinionReportMaxChars a public-opinion report (社情民意信息) states one matter in at most this many
 *     characters; 1500 in the national practice
 */
public record ContentPolicy(int opinionReportMaxChars) {

    public ContentPolicy {
        if (opinionReportMaxChars < 1) {
            throw new IllegalArgumentException("opinionReportMaxChars must be positive: " + opinionReportMaxChars);
        }
    }

    public static ContentPolicy defaults() {
        return new ContentPolicy(1500);
    }
}
