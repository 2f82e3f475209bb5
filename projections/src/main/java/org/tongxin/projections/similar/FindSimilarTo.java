package org.tongxin.projections.similar;

import java.util.Set;

/**
 * The items of {@code kinds} most like the indexed item {@code kind}/{@code id} (a clue being classified, a proposal
 * under filing review), the item itself left out. Asked by reference, so a long text never travels in a URL.
 */
public record FindSimilarTo(ItemKind kind, String id, Set<ItemKind> kinds, int limit, double threshold) {

    public FindSimilarTo {
        kinds = kinds == null || kinds.isEmpty() ? Set.of(ItemKind.values()) : Set.copyOf(kinds);
    }
}
