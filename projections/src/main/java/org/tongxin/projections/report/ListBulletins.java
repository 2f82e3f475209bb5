package org.tongxin.projections.report;

/** Issues newest first; {@code year} null for every year; {@code publishedOnly} for readers other than the office. */
public record ListBulletins(Integer year, boolean publishedOnly) {}
