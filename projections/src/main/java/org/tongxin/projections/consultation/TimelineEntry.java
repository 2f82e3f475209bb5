package org.tongxin.projections.consultation;

import java.time.Instant;

/** One step of the topic's history: {@code step} names the event (its record name), {@code by} the acting user. */
public record TimelineEntry(Instant at, String step, String by, String note) {}
