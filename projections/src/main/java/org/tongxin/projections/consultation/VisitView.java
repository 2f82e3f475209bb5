package org.tongxin.projections.consultation;

import java.time.LocalDate;

public record VisitView(int number, LocalDate visitedOn, String place, String peopleMet, String findings, String by) {}
