package org.tongxin.infra.notifications;

import org.springframework.stereotype.Component;

/** The unread count in every signed-in page's header ({@code ${@notificationBell.unread(me.username)}}). */
@Component("notificationBell")
public class NotificationBell {

    private final NotificationInbox inbox;

    NotificationBell(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    public int unread(String username) {
        try {
            return inbox.unread(username);
        } catch (RuntimeException e) {
            // the header must render even while the database is unreachable; the page itself says what failed
            return 0;
        }
    }
}
