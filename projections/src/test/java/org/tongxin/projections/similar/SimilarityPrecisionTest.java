package org.tongxin.projections.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of duplicate detection on a labelled set of realistic clue and proposal texts
 * ({@code similar/pairs.tsv}): near-duplicates in other words, and hard negatives that share the place and the
 * subject words but concern another matter. Every text of the set is one item of the corpus the document frequencies
 * come from, as the live index would hold them.
 */
class SimilarityPrecisionTest {

    record Pair(boolean duplicate, String a, String b) {}

    @Test
    void thresholdSeparatesNearDuplicatesFromHardNegatives() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pairs).filteredOn(Pair::duplicate).hasSizeGreaterThanOrEqualTo(20);
        assertThat(pairs).filteredOn(p -> !p.duplicate()).hasSizeGreaterThanOrEqualTo(20);

        Set<String> corpus = new LinkedHashSet<>();
        pairs.forEach(p -> {
            corpus.add(p.a());
            corpus.add(p.b());
        });
        Map<String, Long> df = new HashMap<>();
        for (String text : corpus) {
            for (String term : new HashSet<>(ChineseText.tokens(text))) {
                df.merge(term, 1L, Long::sum);
            }
        }
        List<double[]> scored = new ArrayList<>();
        for (Pair p : pairs) {
            double score = TfIdf.cosine(
                    ChineseText.tokens(p.a()), ChineseText.tokens(p.b()), t -> df.getOrDefault(t, 0L), corpus.size());
            scored.add(new double[] {score, p.duplicate() ? 1 : 0});
            System.out.printf("%s %.3f  %s | %s%n", p.duplicate() ? "DUP" : "NEG", score, title(p.a()), title(p.b()));
        }
        for (double t = 0.10; t < 0.61; t += 0.05) {
            Measure m = measure(scored, t);
            System.out.printf("threshold %.2f: precision %.3f recall %.3f%n", t, m.precision(), m.recall());
        }
        Measure chosen = measure(scored, SimilarItems.DEFAULT_THRESHOLD);
        System.out.printf(
                "chosen threshold %.2f on %d pairs: precision %.3f recall %.3f%n",
                SimilarItems.DEFAULT_THRESHOLD, pairs.size(), chosen.precision(), chosen.recall());
        assertThat(chosen.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(chosen.recall()).isGreaterThanOrEqualTo(0.80);
    }

    record Measure(double precision, double recall) {}

    private static Measure measure(List<double[]> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (double[] s : scored) {
            boolean predicted = s[0] >= threshold;
            boolean actual = s[1] == 1;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
        }
        return new Measure(tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn));
    }

    private static String title(String text) {
        int end = text.indexOf('。');
        return end < 0 ? text : text.substring(0, end);
    }

    private static List<Pair> pairs() throws IOException {
        try (InputStream in = SimilarityPrecisionTest.class.getResourceAsStream("/similar/pairs.tsv")) {
            List<Pair> pairs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                pairs.add(new Pair("1".equals(cols[0]), cols[1], cols[2]));
            }
            return pairs;
        }
    }
}
