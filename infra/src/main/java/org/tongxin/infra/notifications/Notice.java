package org.tongxin.infra.notifications;

import java.util.Set;

/**
 * One cause to tell people about: its kind, the case it concerns ({@code subjectKey}, named by its title when shown),
 * what the kind needs besides ({@code detail}: a task's key, a due date, a department), where it leads, and a
 * {@code cause} that is the same however often the cause's transaction is retried. {@code recipients} are user
 * names; {@code audiences} are candidate groups ({@code STAFF}, {@code dept:transport}) whose chat robots hear it.
 */
record Notice(
        NotificationKind kind,
        String subjectKey,
        String detail,
        String link,
        String cause,
        Set<String> recipients,
        Set<String> audiences) {

    Notice {
        recipients = Set.copyOf(recipients);
        audiences = Set.copyOf(audiences);
    }
}
