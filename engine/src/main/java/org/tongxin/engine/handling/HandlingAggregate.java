package org.tongxin.engine.handling;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class HandlingAggregate {

    private HandlingAggregate() {}

    public static Class<?> type() {
        return Handling.class;
    }
}
