package org.tongxin.infra.statistics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.HandlingClosed;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.directory.Directory;
import org.tongxin.projections.handling.FindHandling;
import org.tongxin.projections.handling.HandlingSummary;

/**
 * The domain's own numbers for Prometheus: items opened and closed per kind and department ({@code
 * tongxin.items.opened}, {@code tongxin.items.closed}: counters, tags the source kind and the department code, both
 * bounded lists), the days from assignment to reply ({@code tongxin.reply.days}, a histogram per kind), and the
 * handlings past their reply date and not yet replied ({@code tongxin.handlings.overdue}, a gauge read off the
 * handling read model). The counters follow live events in a subscribing group, so a restart does not count the
 * history again; Prometheus' {@code increase()} reads them across restarts.
 */
@Component
@ProcessingGroup(DomainMetrics.GROUP)
class DomainMetrics {

    static final String GROUP = "domain-metrics";

    private final MeterRegistry meters;
    // a meter is built and registered once per series: building one per event looked it up in the registry each time
    // (MeterRegistry.getOrCreateMeter, 4-7% of a completion's CPU at saturation, ADR 42)
    private final Map<SeriesKey, Counter> openedCounters = new ConcurrentHashMap<>();
    private final Map<SeriesKey, Counter> closedCounters = new ConcurrentHashMap<>();
    private final Map<SourceKind, DistributionSummary> replyDaysSummaries = new ConcurrentHashMap<>();
    private final QueryGateway queries;
    private final Directory directory;

    DomainMetrics(
            MeterRegistry meters,
            QueryGateway queries,
            Directory directory,
            JdbcClient jdbc,
            Clock clock,
            ZoneId committeeZone) {
        this.meters = meters;
        this.queries = queries;
        this.directory = directory;
        Gauge.builder("tongxin.handlings.overdue", () -> overdue(jdbc, LocalDate.now(clock.withZone(committeeZone))))
                .description("Handlings past their reply date that have not replied")
                .register(meters);
    }

    /** Every kind and department from the start, at zero, so a dashboard has a series before the first event. */
    @EventListener(ApplicationReadyEvent.class)
    void registerKnownSeries() {
        try {
            for (var department : directory.departments("", false)) {
                for (SourceKind kind : SourceKind.values()) {
                    opened(kind, department.value());
                    closed(kind, department.value());
                }
            }
            for (SourceKind kind : SourceKind.values()) {
                replyDays(kind);
            }
        } catch (RuntimeException e) {
            // without the directory the series appear with their first event
        }
    }

    @EventHandler
    void on(HandlingOpened event) {
        opened(event.sourceKind(), event.department().value()).increment();
    }

    @EventHandler
    void on(HandlingClosed event) {
        closed(event.sourceKind(), event.handlingId().department().value()).increment();
    }

    /** One series of a counter: the item's kind and the department. */
    private record SeriesKey(SourceKind kind, String department) {}

    private Counter opened(SourceKind kind, String department) {
        return series(
                openedCounters,
                "tongxin.items.opened",
                "Items opened for handling by a department",
                new SeriesKey(kind, department));
    }

    private Counter closed(SourceKind kind, String department) {
        return series(
                closedCounters,
                "tongxin.items.closed",
                "Department handlings closed (办结)",
                new SeriesKey(kind, department));
    }

    /** The counter of one series, registered the first time it is met and looked up after that. */
    private Counter series(Map<SeriesKey, Counter> counters, String name, String description, SeriesKey key) {
        return counters.computeIfAbsent(key, k -> Counter.builder(name)
                .description(description)
                .tag("kind", k.kind().name())
                .tag("department", k.department())
                .register(meters));
    }

    private DistributionSummary replyDays(SourceKind kind) {
        return replyDaysSummaries.computeIfAbsent(kind, k -> DistributionSummary.builder("tongxin.reply.days")
                .description("Days from assignment to a department's reply")
                .baseUnit("days")
                .tag("kind", k.name())
                .serviceLevelObjectives(15, 30, 60, 90, 120, 180)
                .register(meters));
    }

    @EventHandler
    void on(HandlingReplied event) {
        try {
            queries.query(
                            new FindHandling(event.handlingId().value()),
                            ResponseTypes.optionalInstanceOf(HandlingSummary.class))
                    .join()
                    .map(h -> h.handling().assignedOn())
                    .ifPresent(assigned -> replyDays(event.handlingId().sourceKind())
                            .record(ChronoUnit.DAYS.between(assigned, event.repliedOn())));
        } catch (RuntimeException e) {
            // a number is not worth failing anything for; the reply itself is recorded
        }
    }

    private static double overdue(JdbcClient jdbc, LocalDate today) {
        try {
            return jdbc.sql(
                            """
                    SELECT count(*) FROM handling_view
                    WHERE status IN ('ASSIGNED', 'IN_PROGRESS', 'REHANDLING') AND due_on < :today
                    """)
                    .param("today", today)
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Group {

        @Bean
        ConfigurerModule domainMetricsProcessingGroup() {
            return configurer -> configurer.eventProcessing().registerSubscribingEventProcessor(GROUP);
        }
    }
}
