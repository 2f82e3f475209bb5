package org.tongxin.engine.clue;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class ClueAggregate {

    private ClueAggregate() {}

    public static Class<?> type() {
        return Clue.class;
    }
}
