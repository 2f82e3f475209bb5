/** Notifications: the in-app centre, the outbox and its channels (e-mail, chat robots), and what raises them. */
package org.tongxin.infra.notifications;
