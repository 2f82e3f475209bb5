package org.tongxin.infra.linkage;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code tongxin.linkage.*}: this committee's name as the higher one sees it, the higher committee's instance (base
 * URL and the account this instance signs in with there), and the dispatcher's timing. Without a peer URL nothing is
 * escalated (the office is told so) and the dispatcher stays idle; a city-level instance that only receives needs no
 * peer.
 */
@Component
class LinkageSettings {

    private final String committee;
    private final String peerUrl;
    private final String username;
    private final String password;
    private final Duration interval;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration poll;
    private final Duration timeout;

    LinkageSettings(
            @Value("${tongxin.linkage.committee:}") String committee,
            @Value("${tongxin.linkage.peer.base-url:}") String peerUrl,
            @Value("${tongxin.linkage.peer.username:}") String username,
            @Value("${tongxin.linkage.peer.password:}") String password,
            @Value("${tongxin.linkage.dispatch-interval:PT10S}") Duration interval,
            @Value("${tongxin.linkage.first-retry:PT30S}") Duration firstRetry,
            @Value("${tongxin.linkage.max-retry:PT1H}") Duration maxRetry,
            @Value("${tongxin.linkage.poll-interval:PT10M}") Duration poll,
            @Value("${tongxin.linkage.timeout:PT10S}") Duration timeout) {
        this.committee = committee == null ? "" : committee.strip();
        this.peerUrl = peerUrl == null ? "" : peerUrl.strip().replaceAll("/+$", "");
        this.username = username;
        this.password = password;
        this.interval = interval;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.poll = poll;
        this.timeout = timeout;
    }

    boolean hasPeer() {
        return !peerUrl.isEmpty();
    }

    String committee() {
        return committee;
    }

    String peerUrl() {
        return peerUrl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    Duration interval() {
        return interval;
    }

    Duration poll() {
        return poll;
    }

    Duration timeout() {
        return timeout;
    }

    /** Doubling from {@code first-retry} after each failed attempt, never above {@code max-retry}. */
    Duration backOff(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
