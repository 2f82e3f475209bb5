package org.tongxin.infra.linkage;

import java.time.Instant;
import java.util.List;

/**
 * One item escalated to the higher committee (an outbox row): what was sent, to whom its outcome goes back
 * ({@code feedbackClues}: the clue itself, or the clues a proposal came from), and how far it got.
 */
public record Escalation(
        String escalationId,
        String itemKind,
        String itemId,
        String itemLabel,
        String title,
        String content,
        String note,
        List<String> feedbackClues,
        String escalatedBy,
        Instant escalatedAt,
        State state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String remoteClueId,
        String remoteCode,
        Instant sentAt,
        Instant closedAt) {

    /** PENDING until the peer took it, SENT while its outcome is awaited, CLOSED once the peer closed its clue. */
    public enum State {
        PENDING,
        SENT,
        CLOSED
    }

    /** What the escalated item is. */
    public enum ItemKind {
        CLUE,
        PROPOSAL
    }
}
