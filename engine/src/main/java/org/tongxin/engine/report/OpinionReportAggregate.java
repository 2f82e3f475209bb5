package org.tongxin.engine.report;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class OpinionReportAggregate {

    private OpinionReportAggregate() {}

    public static Class<?> type() {
        return OpinionReport.class;
    }
}
