package org.tongxin.projections.support;

/**
 * How far a list counts its matching rows. Counting a wide filter reads every row it matches (a million clues, ten
 * million audit entries): past {@link #CAP} a list stops counting and says so ({@code totalCapped}), and the page
 * says "1万+" in words instead of a number it does not know.
 */
public final class CappedCount {

    /** Rows counted at most; a total at the cap means "at least this many". */
    public static final int CAP = 10_000;

    private CappedCount() {}

    /**
     * A count of {@code fromWhere} (a FROM clause with its WHERE) that stops after {@code CAP + 1} rows: the answer
     * is the exact count up to the cap and {@code CAP + 1} beyond it.
     */
    public static String sql(String fromWhere) {
        return "SELECT count(*) FROM (SELECT 1 FROM " + fromWhere + " LIMIT " + (CAP + 1) + ") capped";
    }

    /** Whether a count from {@link #sql} went past the cap. */
    public static boolean capped(long counted) {
        return counted > CAP;
    }

    /** The total a list reports: the exact count, or the cap when the count went past it. */
    public static long total(long counted) {
        return Math.min(counted, CAP);
    }
}
