package org.tongxin.engine.bulletin;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class BulletinAggregate {

    private BulletinAggregate() {}

    public static Class<?> type() {
        return Bulletin.class;
    }
}
