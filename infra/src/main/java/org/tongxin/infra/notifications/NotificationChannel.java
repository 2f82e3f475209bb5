package org.tongxin.infra.notifications;

/**
 * One way out: e-mail, a chat robot. {@link #send} either delivers or throws, with the reason in the exception's
 * message; the worker records either and retries a throw later.
 */
interface NotificationChannel {

    /** A notification on its way: the channel and address it goes to, its words and its absolute link. */
    record Outgoing(Channel channel, String address, String heading, String sentence, String link) {}

    boolean handles(Channel channel);

    void send(Outgoing message) throws Exception;
}
