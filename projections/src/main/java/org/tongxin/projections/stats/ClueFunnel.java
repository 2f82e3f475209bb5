package org.tongxin.projections.stats;

/** Clues registered in the period and how far they got: classified, converted, fed back to their submitter. */
public record ClueFunnel(long registered, Rate classified, Rate converted, Rate fedBack) {}
