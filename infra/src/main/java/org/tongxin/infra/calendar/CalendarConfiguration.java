package org.tongxin.infra.calendar;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processing group that keeps {@code calendar_year}. It is subscribing, so a year's row commits with the event
 * that saved it or not at all, and the page reads its own change at once.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    static final String GROUP = "calendar";

    @Bean
    ConfigurerModule calendarProcessingGroup() {
        return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(GROUP);
    }
}
