package org.tongxin.infra.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through Spring's {@link JavaMailSender}, which exists once {@code spring.mail.host} is set; without
 * it no e-mail is queued at all. A plain-text message: a heading as the subject, the sentence and the link.
 */
@Component
class EmailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;

    EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public boolean handles(Channel channel) {
        return channel == Channel.EMAIL;
    }

    @Override
    public void send(Outgoing message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.mailFrom());
        mail.setTo(message.address());
        mail.setSubject("【同心】" + message.heading());
        mail.setText(message.sentence() + "\n\n" + message.link() + "\n\n——同心 · 政协提案办理平台（系统邮件，请勿回复）");
        sender.send(mail);
    }
}
