package org.tongxin.infra.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.tongxin.engine.clue.ClueLimits;

/**
 * What two Tongxin instances say to each other over {@code /api/linkage/inbound} (city–district linkage): the sending
 * side escalates, the receiving side registers a clue and reports its feedback.
 */
public final class LinkageWire {

    private LinkageWire() {}

    /**
     * An item escalated by a lower committee: {@code reference} is the sender's own id for the escalation (the
     * receipt is idempotent on it), {@code itemLabel} the number or tracking code the sender's people know it by.
     */
    public record Inbound(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String reference,
            @NotBlank @Size(max = 100) String committee,
            @NotBlank @Pattern(regexp = "CLUE|PROPOSAL") String itemKind,
            @NotBlank @Size(max = 100) String itemLabel,
            @NotBlank @Size(max = ClueLimits.TITLE_MAX) String title,
            @NotBlank @Size(max = ClueLimits.CONTENT_MAX) String content,
            @Size(max = 500) String note) {}

    /** The clue the higher committee registered for it. */
    public record Receipt(String clueId, String trackingCode) {}

    /** Whether the clue is closed, and every feedback recorded on it, oldest first. */
    public record Outcome(String clueId, String trackingCode, boolean closed, List<Feedback> feedback) {}

    public record Feedback(String sourceId, String summary, Instant recordedAt) {}
}
