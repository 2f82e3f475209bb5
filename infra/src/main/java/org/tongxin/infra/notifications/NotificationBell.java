package org.tongxin.infra.notifications;

import org.springframework.stereotype.Component;

/**
 * The unread count in every signed-in page's header ({@code ${@notificationBell.unread(me.username)}}), counted up to
 * {@link #SHOWN_UP_TO}: the header shows "99+" beyond 99.
 */
@Component("notificationBell")
public class NotificationBell {

    private final NotificationInbox inbox;

    NotificationBell(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    static final int SHOWN_UP_TO = 100;

    public int unread(String username) {
        try {
            return inbox.unreadUpTo(username, SHOWN_UP_TO);
        } catch (RuntimeException e) {
            // the header must render even while the database is unreachable; the page itself says what failed
            return 0;
        }
    }
}
