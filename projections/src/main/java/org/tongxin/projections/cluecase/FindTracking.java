package org.tongxin.projections.cluecase;

/** The public tracking page of a tracking code; answered with an optional {@link TrackingView}. */
public record FindTracking(String trackingCode) {}
