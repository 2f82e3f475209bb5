package org.tongxin.projections.report;

/** The number the next issue of {@code year} takes: one after the highest compiled. */
public record NextBulletinNumber(int year) {}
