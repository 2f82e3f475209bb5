package org.tongxin.infra.notifications;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processing group of the event handlers that raise notifications. It is subscribing, so the notification and
 * its outbox rows commit with the event that caused them or not at all; its handlers write inside a savepoint and
 * never throw, so a notification that cannot be written never rolls the case back.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    static final String GROUP = "notifications";

    @Bean
    ConfigurerModule notificationsProcessingGroup() {
        return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(GROUP);
    }
}
