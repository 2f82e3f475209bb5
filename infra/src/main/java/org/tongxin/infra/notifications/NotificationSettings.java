package org.tongxin.infra.notifications;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tongxin.notifications.*}, per deployment: the sender of e-mails (which go out once {@code spring.mail.host}
 * is set), the address links in e-mails and robot messages start with, the worker's timing, and the chat robots with
 * the candidate groups each speaks to ({@code STAFF}, {@code LEADER}, {@code dept:transport}).
 */
@ConfigurationProperties("tongxin.notifications")
record NotificationSettings(
        @DefaultValue("tongxin@localhost") String mailFrom,
        @DefaultValue("") String baseUrl,
        @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("10s") Duration timeout,
        List<Robot> robots) {

    NotificationSettings {
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        robots = robots == null ? List.of() : List.copyOf(robots);
    }

    /** A group robot: its name (shown in the delivery record), platform, webhook address, signing secret (钉钉). */
    record Robot(String name, Channel kind, String url, String secret, List<String> audiences) {

        Robot {
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
        }
    }

    /** Waits {@code firstRetry} after the first failure, doubling each time up to {@code maxRetry}. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    String absolute(String link) {
        return baseUrl + link;
    }
}
