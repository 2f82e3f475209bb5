package org.tongxin.infra.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification in the reader's language: its kind's heading, the sentence naming the case, the case's own name
 * ({@code subject}), where it leads, when, and whether it was read.
 */
record NotificationItem(
        UUID id,
        NotificationKind kind,
        String heading,
        String text,
        String subject,
        String link,
        Instant createdAt,
        boolean read) {}
