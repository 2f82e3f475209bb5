package org.tongxin.projections.similar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Cosine similarity of two texts' TF-IDF vectors, 0 (nothing shared) to 1 (the same words in the same proportions).
 * Term frequency is sub-linear (1 + ln tf) so a word repeated in a long text does not drown the rest; the inverse
 * document frequency is smoothed, ln(1 + (N + 1) / (df + 1)), so a word no item has yet still weighs, and the most
 * common words weigh least. Both vectors are weighed with the same document frequencies, so the score is symmetric.
 */
public final class TfIdf {

    private TfIdf() {}

    public static double cosine(List<String> a, List<String> b, ToLongFunction<String> documentFrequency, long items) {
        Map<String, Double> va = vector(a, documentFrequency, items);
        Map<String, Double> vb = vector(b, documentFrequency, items);
        if (va.isEmpty() || vb.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            Double w = vb.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double score = dot / (norm(va) * norm(vb));
        return Math.min(1, Math.max(0, score));
    }

    static double idf(long documentFrequency, long items) {
        return Math.log(1 + (double) (items + 1) / (Math.max(0, documentFrequency) + 1));
    }

    private static Map<String, Double> vector(
            List<String> tokens, ToLongFunction<String> documentFrequency, long items) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tokens) {
            counts.merge(t, 1, Integer::sum);
        }
        Map<String, Double> vector = new HashMap<>();
        counts.forEach(
                (term, tf) -> vector.put(term, (1 + Math.log(tf)) * idf(documentFrequency.applyAsLong(term), items)));
        return vector;
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double w : vector.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
