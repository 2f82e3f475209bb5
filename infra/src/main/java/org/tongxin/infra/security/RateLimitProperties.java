package org.tongxin.infra.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many public submissions one client may make: {@code capacity} requests, refilled over {@code period}.
 *
 * @param enabled off only for load tests behind a limiter of their own
 * @param capacity requests a client may send in a burst
 * @param period time in which the full capacity is refilled
 * @param maxClients clients remembered at once; the least recently seen are forgotten first
 */
@ConfigurationProperties("tongxin.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") long capacity,
        @DefaultValue("1m") Duration period,
        @DefaultValue("100000") long maxClients) {}
