package org.tongxin.engine.accesstoken;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class AccessTokenAggregate {

    private AccessTokenAggregate() {}

    public static Class<?> type() {
        return AccessToken.class;
    }
}
