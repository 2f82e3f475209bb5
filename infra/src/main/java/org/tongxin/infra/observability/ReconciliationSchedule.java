package org.tongxin.infra.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongxin.projections.ops.Reconciliation;

/**
 * Runs the reconciliation of the read models with the event store every {@code interval} (first one interval after
 * start) and publishes {@code tongxin.projections.reconciliation.mismatches}: per read model (a bounded tag, the
 * fixed list of groups), the aggregates the last run found behind. Anything above 0 is an alert; the run has logged
 * it at ERROR and re-projected those aggregates.
 */
@Component
class ReconciliationSchedule implements MeterBinder, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconciliation reconciliation;
    private final boolean enabled;
    private final Duration interval;
    private ScheduledExecutorService executor;

    ReconciliationSchedule(
            Reconciliation reconciliation,
            @Value("${tongxin.projections.reconciliation.enabled:true}") boolean enabled,
            @Value("${tongxin.projections.reconciliation.interval:PT5M}") Duration interval) {
        this.reconciliation = reconciliation;
        this.enabled = enabled;
        this.interval = interval;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : Reconciliation.groups()) {
            Gauge.builder("tongxin.projections.reconciliation.mismatches", reconciliation, r -> r.lastMismatches(group))
                    .tag("projection", group)
                    .description("Aggregates the last reconciliation found a read model had missed events of")
                    .baseUnit("aggregates")
                    .register(registry);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        if (!enabled || executor == null) {
            return;
        }
        executor.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            reconciliation.run();
        } catch (RuntimeException e) {
            log.error("Reconciliation of the read models failed", e);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reconciliation");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
