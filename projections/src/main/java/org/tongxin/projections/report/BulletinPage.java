package org.tongxin.projections.report;

import java.util.List;

public record BulletinPage(List<BulletinView> items) {}
