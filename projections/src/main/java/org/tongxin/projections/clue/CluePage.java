package org.tongxin.projections.clue;

import java.util.List;
import java.util.Map;

/**
 * One page of clues. {@code facets} maps a facet (status, category, source, district, street, sector,
 * workstation) to its values and how many clues of the filtered set have each. {@code total} counts the matching
 * clues up to {@link org.tongxin.projections.support.CappedCount#CAP}; past it {@code totalCapped} is true and the
 * facets name the values of the clues counted, without counts (null).
 */
public record CluePage(
        List<ClueSummary> items,
        long total,
        int page,
        int size,
        Map<String, Map<String, Long>> facets,
        boolean totalCapped) {

    public CluePage(List<ClueSummary> items, long total, int page, int size, Map<String, Map<String, Long>> facets) {
        this(items, total, page, size, facets, false);
    }
}
