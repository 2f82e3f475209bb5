package org.tongxin.infra.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.infra.persistence.BackgroundWorker;
import org.tongxin.projections.ops.Reconciliation;

/**
 * Runs the reconciliation of the read models with the event store every {@code interval} (first one interval after
 * start) and publishes {@code tongxin.projections.reconciliation.mismatches}: per read model (a bounded tag, the
 * fixed list of groups), the aggregates the last run found behind. Anything above 0 is an alert; the run has logged
 * it at ERROR and re-projected those aggregates.
 */
@Component
class ReconciliationSchedule extends BackgroundWorker implements MeterBinder {

    private final Reconciliation reconciliation;
    private final boolean enabled;
    private final Duration interval;

    ReconciliationSchedule(
            Reconciliation reconciliation,
            @Value("${tongxin.projections.reconciliation.enabled:true}") boolean enabled,
            @Value("${tongxin.projections.reconciliation.interval:PT5M}") Duration interval) {
        super("reconciliation");
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

    @Override
    protected Duration delay() {
        return interval;
    }

    @Override
    protected boolean enabled() {
        return enabled;
    }

    @Override
    protected void turn() {
        reconciliation.run();
    }
}
