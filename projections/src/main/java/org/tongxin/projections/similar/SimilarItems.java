package org.tongxin.projections.similar;

import java.util.List;

/** The answer to {@link FindSimilar}: the most similar items first, each above the threshold. */
public record SimilarItems(List<SimilarItem> items) {

    /**
     * The score from which two texts are taken for the same matter: measured on the labelled set of near-duplicates
     * and hard negatives in the tests (SimilarityPrecisionTest prints precision and recall at each threshold).
     */
    public static final double DEFAULT_THRESHOLD = 0.35;

    public SimilarItems {
        items = List.copyOf(items);
    }
}
