package org.tongxin.projections.report;

public record FindBulletin(String bulletinId) {}
