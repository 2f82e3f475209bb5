package org.tongxin.projections.clue;

import java.util.List;
import java.util.Map;

/**
 * One page of clues. {@code facets} maps a facet (status, category, source, district, street, sector,
 * workstation) to its values and how many clues of the filtered set have each.
 */
public record CluePage(
        List<ClueSummary> items, long total, int page, int size, Map<String, Map<String, Long>> facets) {}
