package org.tongxin.projections.ops;

/**
 * Where one processing group stands on this node. {@code position} is the lowest position of its segments,
 * {@code head} the event store's; {@code lag} the difference (events not yet seen, gaps included). {@code progress}
 * is the share of the way from the start of a replay to the position the store had when it began, 1.0 when not
 * replaying; {@code replaying} ends when every segment has reached that position.
 */
public record ProjectionStatus(
        String group,
        boolean running,
        boolean replaying,
        int segments,
        Long position,
        Long head,
        Long lag,
        double progress,
        boolean caughtUp) {}
