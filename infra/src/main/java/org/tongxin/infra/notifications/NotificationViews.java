package org.tongxin.infra.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxin.infra.shared.CaseNames;

/** A person's notifications as the API and the page show them. */
@Component
class NotificationViews {

    private final NotificationInbox inbox;
    private final NotificationTexts texts;
    private final CaseNames cases;

    NotificationViews(NotificationInbox inbox, NotificationTexts texts, CaseNames cases) {
        this.inbox = inbox;
        this.texts = texts;
        this.cases = cases;
    }

    List<NotificationItem> of(String username, int size) {
        return inbox.of(username, size).stream().map(this::item).toList();
    }

    private NotificationItem item(NotificationInbox.Entry e) {
        NotificationTexts.Text text = texts.render(e.kind(), e.subjectKey(), e.detail());
        return new NotificationItem(
                e.id(),
                e.kind(),
                text.heading(),
                text.sentence(),
                cases.label(e.subjectKey()),
                e.link(),
                e.createdAt(),
                e.readAt() != null);
    }
}
