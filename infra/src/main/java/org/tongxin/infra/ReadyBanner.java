package org.tongxin.infra;

import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.stereotype.Component;

/** Tells the person who started the app where to open it, and how long it took to get ready. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private static final int SLOWEST_SHOWN = 25;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            log.info(
                    "Tongxin is ready: open http://localhost:{}/ (ready {} ms after the start)",
                    web.getWebServer().getPort(),
                    event.getTimeTaken() == null ? "?" : event.getTimeTaken().toMillis());
        }
        if (event.getApplicationContext().getBean(ApplicationStartup.class)
                instanceof BufferingApplicationStartup buffered) {
            slowestSteps(buffered);
        }
    }

    /** Where start-up time went, by step (a bean's creation includes the beans it needed first). */
    private static void slowestSteps(BufferingApplicationStartup buffered) {
        buffered.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration)
                        .reversed())
                .limit(SLOWEST_SHOWN)
                .forEach(e -> {
                    StringBuilder tags = new StringBuilder();
                    e.getStartupStep().getTags().forEach(t -> tags.append(' ')
                            .append(t.getKey())
                            .append('=')
                            .append(t.getValue()));
                    log.info(
                            "start-up step {} ms: {}{}",
                            e.getDuration().toMillis(),
                            e.getStartupStep().getName(),
                            tags);
                });
    }
}
