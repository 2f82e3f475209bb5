package org.tongxin.engine.design;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class ProcessDesignAggregate {

    private ProcessDesignAggregate() {}

    public static Class<?> type() {
        return ProcessDesign.class;
    }
}
