package org.tongxin.infra.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * {@code tongxin.projections.lag}: per processing group (a bounded tag: the fixed list of read models), the events
 * the group has not yet processed, over all its segments in the token store whichever node holds them (an unclaimed
 * or stuck segment counts). NaN before the group's segments exist.
 */
@Component
class ProjectionLagMetrics implements MeterBinder {

    private final ProjectionOperations operations;

    ProjectionLagMetrics(ProjectionOperations operations) {
        this.operations = operations;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : ProjectionOperations.GROUPS) {
            Gauge.builder("tongxin.projections.lag", operations, ops -> {
                        try {
                            var lag = ops.lag(group);
                            return lag.isPresent() ? lag.getAsLong() : Double.NaN;
                        } catch (RuntimeException e) {
                            return Double.NaN;
                        }
                    })
                    .tag("group", group)
                    .description("Events of the event store the projection has not processed yet")
                    .baseUnit("events")
                    .register(registry);
        }
    }
}
