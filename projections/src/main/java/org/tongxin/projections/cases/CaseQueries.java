package org.tongxin.projections.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.attachment.AttachmentsId;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.projections.cluecase.ClueCaseFold;
import org.tongxin.projections.cluecase.ClueCaseView;
import org.tongxin.projections.cluecase.FindClueCase;
import org.tongxin.projections.handling.HandlingClock;
import org.tongxin.projections.handling.HandlingFold;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.HandlingView;
import org.tongxin.projections.handling.ListHandlingsOfProposal;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.HandlingRef;
import org.tongxin.projections.proposal.ProposalFold;
import org.tongxin.projections.proposal.ProposalView;
import org.tongxin.projections.support.EventFacts;

/**
 * Assembles case views. Live, from the read models; as of an instant, by folding each stream's events up to it with
 * the very fold functions the projections use, so the two agree whenever the projections have caught up.
 */
@Component
class CaseQueries {

    static final String CLUE = "CLUE";
    static final String PROPOSAL = "PROPOSAL";
    private static final String CONVERTED_TO_PROPOSAL = "PROPOSAL";

    private final QueryGateway queries;
    private final EventStore eventStore;
    private final LiveCalendar calendar;
    private final Clock clock;

    CaseQueries(QueryGateway queries, EventStore eventStore, LiveCalendar calendar, Clock clock) {
        this.queries = queries;
        this.eventStore = eventStore;
        this.calendar = calendar;
        this.clock = clock;
    }

    @QueryHandler
    Optional<CaseView> handle(FindCase query) {
        return query.asOf() == null ? live(query.caseId()) : asOf(query.caseId(), query.asOf());
    }

    @QueryHandler
    Optional<CaseHistory> handle(FindCaseHistory query) {
        List<DomainEventMessage<?>> own = events(query.caseId());
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String kind = kindOf(own);
        if (kind == null) {
            return Optional.empty();
        }
        List<DomainEventMessage<?>> all = new ArrayList<>(own);
        String proposalId = query.caseId();
        if (kind.equals(CLUE)) {
            ClueCaseView clue = foldClue(own, Instant.MAX);
            proposalId = clue != null && CONVERTED_TO_PROPOSAL.equals(clue.targetKind()) ? clue.targetId() : null;
            if (proposalId != null) {
                all.addAll(events(proposalId));
            }
        }
        if (proposalId != null) {
            ProposalView proposal = foldProposal(events(proposalId), Instant.MAX);
            if (proposal != null) {
                for (HandlingRef ref : proposal.handlings()) {
                    all.addAll(events(ref.handlingId()));
                }
            }
        }
        all.addAll(attachmentEvents(all));
        all.sort(Comparator.comparing((DomainEventMessage<?> m) -> m.getTimestamp())
                .thenComparing(DomainEventMessage::getAggregateIdentifier)
                .thenComparingLong(DomainEventMessage::getSequenceNumber));
        return Optional.of(new CaseHistory(
                query.caseId(), kind, all.stream().map(EventFacts::of).toList()));
    }

    private Optional<CaseView> live(String id) {
        LocalDate today = LocalDate.now(clock);
        Optional<ProposalView> proposal = proposal(id);
        if (proposal.isPresent()) {
            return Optional.of(proposalCase(proposal.get(), liveHandlings(id)));
        }
        Optional<ClueCaseView> clue = queries.query(
                        new FindClueCase(id), ResponseTypes.optionalInstanceOf(ClueCaseView.class))
                .join();
        return clue.map(c -> {
            ProposalView downstream = CONVERTED_TO_PROPOSAL.equals(c.targetKind())
                    ? proposal(c.targetId()).orElse(null)
                    : null;
            List<CaseHandling> handlings = downstream == null ? List.of() : liveHandlings(downstream.proposalId());
            return clueCase(c, downstream, handlings);
        });
    }

    private Optional<CaseView> asOf(String id, Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, clock.getZone());
        List<DomainEventMessage<?>> own = events(id);
        String kind = kindOf(own);
        if (PROPOSAL.equals(kind)) {
            ProposalView proposal = foldProposal(own, instant);
            return Optional.ofNullable(proposal).map(p -> proposalCase(p, foldedHandlings(p, instant, day)));
        }
        if (CLUE.equals(kind)) {
            ClueCaseView clue = foldClue(own, instant);
            if (clue == null) {
                return Optional.empty();
            }
            ProposalView downstream = CONVERTED_TO_PROPOSAL.equals(clue.targetKind())
                    ? foldProposal(events(clue.targetId()), instant)
                    : null;
            List<CaseHandling> handlings = downstream == null ? List.of() : foldedHandlings(downstream, instant, day);
            return Optional.of(clueCase(clue, downstream, handlings));
        }
        return Optional.empty();
    }

    private Optional<ProposalView> proposal(String id) {
        return queries.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join();
    }

    private List<CaseHandling> liveHandlings(String proposalId) {
        return queries
                .query(
                        new ListHandlingsOfProposal(proposalId),
                        ResponseTypes.multipleInstancesOf(HandlingSummary.class))
                .join()
                .stream()
                .map(s -> CaseHandling.of(s.handling(), s.clock()))
                .sorted(Comparator.comparing(CaseHandling::handlingId))
                .toList();
    }

    private List<CaseHandling> foldedHandlings(ProposalView proposal, Instant instant, LocalDate day) {
        List<CaseHandling> handlings = new ArrayList<>();
        for (HandlingRef ref : proposal.handlings()) {
            HandlingView view = null;
            for (DomainEventMessage<?> m : events(ref.handlingId())) {
                if (!m.getTimestamp().isAfter(instant) && m.getPayload() instanceof HandlingEvent e) {
                    view = HandlingFold.apply(view, e, m.getSequenceNumber());
                }
            }
            if (view != null) {
                handlings.add(CaseHandling.of(view, HandlingClock.of(view, day, calendar.get())));
            }
        }
        handlings.sort(Comparator.comparing(CaseHandling::handlingId));
        return handlings;
    }

    private static ProposalView foldProposal(List<DomainEventMessage<?>> events, Instant instant) {
        ProposalView view = null;
        for (DomainEventMessage<?> m : events) {
            if (!m.getTimestamp().isAfter(instant) && m.getPayload() instanceof ProposalEvent e) {
                view = ProposalFold.apply(view, e, m.getSequenceNumber());
            }
        }
        return view;
    }

    private static ClueCaseView foldClue(List<DomainEventMessage<?>> events, Instant instant) {
        ClueCaseView view = null;
        for (DomainEventMessage<?> m : events) {
            if (!m.getTimestamp().isAfter(instant) && m.getPayload() instanceof ClueEvent e) {
                view = ClueCaseFold.apply(view, e, m.getSequenceNumber());
            }
        }
        return view;
    }

    /**
     * The files added to and published from the clue, proposal and handlings among {@code caseEvents}: each item's
     * attachments are a stream of their own whose id is derived from the item.
     */
    private List<DomainEventMessage<?>> attachmentEvents(List<DomainEventMessage<?>> caseEvents) {
        List<DomainEventMessage<?>> files = new ArrayList<>();
        caseEvents.stream().filter(m -> m.getSequenceNumber() == 0).forEach(m -> {
            ItemKind kind = m.getPayload() instanceof ClueEvent
                    ? ItemKind.CLUE
                    : m.getPayload() instanceof ProposalEvent
                            ? ItemKind.PROPOSAL
                            : m.getPayload() instanceof HandlingEvent ? ItemKind.HANDLING : null;
            if (kind != null) {
                files.addAll(events(AttachmentsId.of(new ItemRef(kind, m.getAggregateIdentifier()))
                        .value()));
            }
        });
        return files;
    }

    private List<DomainEventMessage<?>> events(String aggregateId) {
        // from sequence 0 rather than readEvents(id): a snapshot would skip the early events a fold needs
        return eventStore
                .readEvents(aggregateId, 0L)
                .asStream()
                .<DomainEventMessage<?>>map(m -> m)
                .toList();
    }

    private static String kindOf(List<DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return null;
        }
        Object first = events.get(0).getPayload();
        if (first instanceof ProposalDrafted) {
            return PROPOSAL;
        }
        if (first instanceof ClueRegistered) {
            return CLUE;
        }
        return null;
    }

    private static CaseView proposalCase(ProposalView p, List<CaseHandling> handlings) {
        return new CaseView(p.proposalId(), PROPOSAL, p.title(), p.status(), null, p, handlings);
    }

    private static CaseView clueCase(ClueCaseView c, ProposalView downstream, List<CaseHandling> handlings) {
        return new CaseView(c.clueId(), CLUE, c.title(), c.status(), c, downstream, handlings);
    }
}
