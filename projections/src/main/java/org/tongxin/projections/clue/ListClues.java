package org.tongxin.projections.clue;

/**
 * A page of the clue pool with facet counts over the whole filtered set. With a {@code department}, only clues that
 * became a proposal assigned to it (a department officer's list).
 */
public record ListClues(ClueFilter filter, ClueSort sort, int page, int size, String department) {

    public ListClues {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page ≥ 0 and 1 ≤ size ≤ 200");
        }
        filter = filter == null ? ClueFilter.none() : filter;
        sort = sort == null ? ClueSort.NEWEST : sort;
    }

    public ListClues(ClueFilter filter, ClueSort sort, int page, int size) {
        this(filter, sort, page, size, null);
    }
}
