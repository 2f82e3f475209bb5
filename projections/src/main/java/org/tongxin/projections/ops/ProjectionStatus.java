package org.tongxin.projections.ops;

/**
 * Where one processing group stands, over every segment in the token store whichever node holds it. {@code position}
 * is the lowest position of its segments, {@code head} the event store's; {@code lag} the difference (events not yet
 * seen, gaps included). {@code unclaimed} segments have no owner; {@code stuck} ones have an owner but have not moved
 * while behind the head for longer than the configured time, or an owner that stopped renewing its claim.
 * {@code deadLetters} are the events waiting in the group's dead-letter queue, in {@code blockedSequences} sequences
 * (aggregates) that stay blocked until an administrator retries or evicts them. {@code progress} is the share of the way
 * from the start of a replay to the position the store had when it began, 1.0 when not replaying; {@code replaying}
 * ends when every segment on this node has reached that position. {@code claimedHere} counts this node's segments.
 * {@code besideLiveTables} says that the rebuild under way writes to shadow tables while the live ones keep serving
 * what they held (it then stays {@code replaying} until the switch); without it a replay refills the live tables.
 */
public record ProjectionStatus(
        String group,
        boolean running,
        boolean replaying,
        int segments,
        int claimedHere,
        int unclaimed,
        int stuck,
        long deadLetters,
        long blockedSequences,
        Long position,
        Long head,
        Long lag,
        double progress,
        boolean caughtUp,
        boolean besideLiveTables) {

    /** Nothing needs an operator: caught up, every segment owned and moving, no dead letters. */
    public boolean healthy() {
        return caughtUp && unclaimed == 0 && stuck == 0 && deadLetters == 0;
    }
}
