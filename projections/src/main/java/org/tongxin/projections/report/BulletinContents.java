package org.tongxin.projections.report;

import java.util.List;

public record BulletinContents(BulletinView bulletin, List<ReportView> reports) {}
