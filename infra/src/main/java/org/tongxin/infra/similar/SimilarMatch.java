package org.tongxin.infra.similar;

/**
 * One similar item as a person reads it: what it is ({@code kindLabel}: 线索, 提案, 社情民意信息), its title and readable
 * reference, the similarity as a share (0 to 1, two decimals) and the page it is on.
 */
public record SimilarMatch(
        String kind, String kindLabel, String id, String title, String reference, double score, String link) {}
