package org.tongxin.engine.supervision;

/** Hands the package-private aggregate classes to the wiring, which registers them with Axon. */
public final class SupervisionEntryAggregate {

    private SupervisionEntryAggregate() {}

    public static Class<?> type() {
        return SupervisionEntry.class;
    }

    public static Class<?> specialSupervisorType() {
        return SpecialSupervisor.class;
    }
}
