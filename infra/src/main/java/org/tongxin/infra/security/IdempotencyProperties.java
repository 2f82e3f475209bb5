package org.tongxin.infra.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param retention how long a stored response answers retries with the same {@code Idempotency-Key} */
@ConfigurationProperties("tongxin.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention) {}
