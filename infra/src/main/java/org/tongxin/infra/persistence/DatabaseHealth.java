package org.tongxin.infra.persistence;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's health as last probed, so {@code /actuator/health} and the readiness probe answer at once even
 * while the database hangs or is gone. Spring Boot's own indicator borrows a pooled connection on every call and
 * waits the pool's whole connection timeout when the database is unreachable; this one probes in the background
 * every second and reports DOWN when the last probe failed or none has succeeded for {@link #STALE}. Its bean name
 * replaces Boot's {@code db} indicator, and the readiness group includes it.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final Duration PERIOD = Duration.ofSeconds(1);
    static final Duration STALE = Duration.ofSeconds(3);
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "db-health-probe");
        t.setDaemon(true);
        return t;
    });

    private volatile Instant lastSuccess;
    private volatile String lastFailure;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
        probe();
        prober.scheduleWithFixedDelay(this::probe, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(VALIDATION_SECONDS)) {
                lastSuccess = clock.instant();
                lastFailure = null;
            } else {
                lastFailure = "the connection did not validate within " + VALIDATION_SECONDS + " s";
            }
        } catch (Exception e) {
            lastFailure = e.getClass().getSimpleName();
        }
    }

    @Override
    public Health health() {
        Instant success = lastSuccess;
        String failure = lastFailure;
        if (failure == null
                && success != null
                && success.isAfter(clock.instant().minus(STALE))) {
            return Health.up().withDetail("database", "PostgreSQL").build();
        }
        Health.Builder down = Health.down().withDetail("database", "PostgreSQL");
        down.withDetail("error", failure != null ? failure : "no answer for " + STALE.toSeconds() + " s");
        if (success != null) {
            down.withDetail("lastSuccess", success.toString());
        }
        return down.build();
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
