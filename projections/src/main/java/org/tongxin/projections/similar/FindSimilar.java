package org.tongxin.projections.similar;

import java.util.Set;

/**
 * The items of {@code kinds} whose text is most like {@code text}, at most {@code limit}, each scoring at least
 * {@code threshold}; {@code excludeId} leaves out the item being looked at itself.
 */
public record FindSimilar(String text, Set<ItemKind> kinds, String excludeId, int limit, double threshold) {

    public FindSimilar {
        kinds = kinds == null || kinds.isEmpty() ? Set.of(ItemKind.values()) : Set.copyOf(kinds);
    }
}
