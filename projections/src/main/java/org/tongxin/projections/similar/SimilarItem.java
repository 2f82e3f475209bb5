package org.tongxin.projections.similar;

/**
 * One item similar to the text asked about: its kind and id (for the link), its title and readable reference (a
 * clue's tracking code, a proposal's filing number once filed), and the similarity, 0 to 1.
 */
public record SimilarItem(ItemKind kind, String id, String title, String reference, double score) {}
