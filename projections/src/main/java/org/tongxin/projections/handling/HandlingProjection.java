package org.tongxin.projections.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/** Folds every handling event into {@code handling_view}; answers the department board. */
@Component
@ProcessingGroup(HandlingProjection.GROUP)
public class HandlingProjection {

    public static final String GROUP = "handlings";

    private final HandlingRepository repository;
    private final ViewBatch<HandlingView> views;
    private final LiveCalendar calendar;
    private final Clock clock;

    HandlingProjection(HandlingRepository repository, LiveCalendar calendar, Clock clock, FailureIsolation isolation) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
        this.views = new ViewBatch<>(
                GROUP,
                "handling_view",
                repository::find,
                repository::saveAll,
                isolation,
                m -> HandlingEvent.class.isAssignableFrom(m.getPayloadType())
                        ? ((HandlingEvent) m.getPayload()).handlingId().value()
                        : null,
                repository::findAll);
    }

    @EventHandler
    void on(HandlingEvent event, @SequenceNumber long sequence) {
        views.update(event.handlingId().value(), view -> HandlingFold.apply(view, event, sequence));
    }

    /** What an instruction's handling is about: the report, kept from its draft. */
    @EventHandler
    void on(OpinionReportDrafted event) {
        repository.saveReport(event.reportId().value(), event.title(), event.content(), event.author());
    }

    /** The instruction that transferred the report to each department it names. */
    @EventHandler
    void on(LeaderInstructionRecorded event) {
        for (HandlingId handling : event.handlings()) {
            repository.saveInstruction(
                    handling.value(),
                    event.reportId().value(),
                    event.leader(),
                    event.instruction(),
                    event.recordedAt());
        }
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<HandlingSummary> handle(FindHandling query) {
        LocalDate today = LocalDate.now(clock);
        return repository
                .find(query.handlingId())
                .map(view -> new HandlingSummary(
                        view,
                        repository.sourceTitle(view).orElse(null),
                        HandlingClock.of(view, today, calendar.get())));
    }

    @QueryHandler
    HandlingPage handle(ListHandlings query) {
        LocalDate today = LocalDate.now(clock);
        List<HandlingSummary> items = repository.board(query).stream()
                .map(row -> new HandlingSummary(
                        row.view(),
                        row.proposalTitle(),
                        HandlingClock.of(row.view(), today, calendar.get()),
                        row.proposalNumber()))
                .toList();
        return new HandlingPage(items, repository.count(query), query.page(), query.size());
    }

    @QueryHandler
    Optional<InstructionSource> handle(FindInstructionSource query) {
        return repository.instructionSource(query.handlingId());
    }

    @QueryHandler
    List<HandlingSummary> handle(ListHandlingsOfProposal query) {
        LocalDate today = LocalDate.now(clock);
        String title = repository.proposalTitle(query.proposalId()).orElse(null);
        return repository.ofProposal(query.proposalId()).stream()
                .map(view -> new HandlingSummary(view, title, HandlingClock.of(view, today, calendar.get())))
                .toList();
    }
}
