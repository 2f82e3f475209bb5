package org.tongxin.engine.supervision;

/** Where a special supervisor's finding goes. */
public enum FindingRoute {
    /** Into the supervision pool, for the office to plan. */
    POOL,
    /** Straight to the department for rectification. */
    RECTIFICATION
}
