package org.tongxin.infra.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * The read models' processors go without Axon's per-message Micrometer monitors unless
 * {@code tongxin.projections.message-metrics} is true. Those monitors (a timer looked up or registered per message,
 * counters, a capacity reservoir and a latency gauge) cost a replay a large share of its CPU (ADR 39, ADR 43) and
 * nothing reads them: how far each read model is behind is Tongxin's own gauge {@code tongxin.projections.lag}. A
 * monitor registered for a processor takes precedence over the one Axon's metrics configuration gives every
 * component; the command bus, event store and the processes' processors keep theirs.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelMonitors {

    @Bean
    ConfigurerModule readModelsWithoutMessageMonitors(
            @Value("${tongxin.projections.message-metrics:false}") boolean metrics) {
        return configurer -> configurer.eventProcessing(processing -> {
            if (metrics) {
                return;
            }
            for (String group : ProjectionOperations.GROUPS) {
                processing.registerMessageMonitorFactory(
                        group, (configuration, type, name) -> NoOpMessageMonitor.instance());
            }
        });
    }
}
