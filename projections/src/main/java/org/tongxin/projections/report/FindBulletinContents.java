package org.tongxin.projections.report;

/** An issue with its reports in print order (for its page and its printable document). */
public record FindBulletinContents(String bulletinId) {}
