package org.tongxin.infra.web;

/**
 * Bounds of every paged API list: {@code page} from 0 to {@value #MAX_PAGE}, {@code size} from 1 to {@value
 * #MAX_SIZE}. The engine's task queries take the offset as an {@code int}, so {@code page × size} must stay far
 * below its range; nobody reads past page ten thousand.
 */
public final class Paging {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;

    /**
     * How many pages the pager offers: all of them for a counted total; for a total past the count's cap, as many as
     * the cap fills and one more after every full page, since the rows go on beyond what was counted.
     */
    public static int pages(long total, boolean capped, int current, int shown, int pageSize) {
        int counted = (int) Math.ceil(total / (double) pageSize);
        if (!capped) {
            return counted;
        }
        return Math.max(counted, shown == pageSize ? current + 2 : current + 1);
    }

    private Paging() {}
}
