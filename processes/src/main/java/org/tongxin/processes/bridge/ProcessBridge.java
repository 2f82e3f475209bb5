package org.tongxin.processes.bridge;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processing group of every event-to-BPMN handler. It is subscribing, so handlers run inside the command's
 * transaction; and its errors propagate, because Axon's default for subscribing processors only logs them and the
 * event would commit without its process (ADR 1, replaced default 4).
 */
@Configuration(proxyBeanMethods = false)
public class ProcessBridge {

    public static final String GROUP = "process-bridge";

    @Bean
    ConfigurerModule processBridgeProcessingGroup() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(GROUP)
                .registerListenerInvocationErrorHandler(GROUP, config -> PropagatingErrorHandler.instance());
    }
}
