package org.tongxin.engine.operations;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class ProcessLogAggregate {

    private ProcessLogAggregate() {}

    public static Class<?> type() {
        return ProcessLog.class;
    }
}
