package org.tongxin.infra.notifications;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.handling.HandlingOverdue;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.ReplyReminderSent;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * What the domain's events tell people, written in the transaction that stores the event (the subscribing group
 * {@value NotificationsConfiguration#GROUP}): the reminder before a reply is due and the overdue mark, from the BPMN
 * timers, reach the handling department's officers, a key proposal's supervising leader and the proposal office
 * (and their robots); a reply reaches the proposer and co-signers; a report adopted or instructed reaches its
 * authors.
 */
@Component
@ProcessingGroup(NotificationsConfiguration.GROUP)
class CaseNotifications {

    private final NotificationOutbox outbox;
    private final Audience audience;
    private final QueryGateway queries;

    CaseNotifications(NotificationOutbox outbox, Audience audience, QueryGateway queries) {
        this.outbox = outbox;
        this.audience = audience;
        this.queries = queries;
    }

    @EventHandler
    void on(ReplyReminderSent event) {
        escalate(
                NotificationKind.DUE_SOON,
                event.handlingId(),
                event.replyDue().toString(),
                "reminder:" + event.handlingId() + ":" + event.round());
    }

    @EventHandler
    void on(HandlingOverdue event) {
        escalate(
                NotificationKind.OVERDUE,
                event.handlingId(),
                event.replyDue().toString(),
                "overdue:" + event.handlingId() + ":" + event.round());
    }

    @EventHandler
    void on(HandlingReplied event) {
        HandlingId handling = event.handlingId();
        if (handling.sourceKind() != SourceKind.PROPOSAL) {
            return;
        }
        proposal(handling.sourceId()).ifPresent(p -> {
            Set<String> people = new LinkedHashSet<>();
            if (p.leadProposer() != null) {
                people.add(p.leadProposer());
            }
            people.addAll(p.evaluators());
            outbox.raise(new Notice(
                    NotificationKind.REPLY_ARRIVED,
                    p.proposalId(),
                    handling.department().value(),
                    "/cases/" + p.proposalId(),
                    "reply:" + handling + ":" + event.round(),
                    people,
                    Set.of()));
        });
    }

    @EventHandler
    void on(OpinionReportAdopted event) {
        Set<String> authors = new LinkedHashSet<>();
        if (event.author() != null) {
            authors.add(event.author());
        }
        authors.addAll(event.coAuthors());
        String report = event.reportId().toString();
        outbox.raise(new Notice(
                NotificationKind.REPORT_ADOPTED,
                report,
                null,
                "/reports/" + report,
                "report-adopted:" + report,
                authors,
                Set.of()));
    }

    @EventHandler
    void on(LeaderInstructionRecorded event) {
        if (event.author() == null) {
            return;
        }
        String report = event.reportId().toString();
        outbox.raise(new Notice(
                NotificationKind.REPORT_INSTRUCTED,
                report,
                null,
                "/reports/" + report,
                "report-instructed:" + report + ":" + event.recordedAt().toEpochMilli(),
                Set.of(event.author()),
                Set.of()));
    }

    /** The department's officers, the key proposal's supervising leader, and the office. */
    private void escalate(NotificationKind kind, HandlingId handling, String due, String cause) {
        String department = "dept:" + handling.department().value();
        Set<String> groups = Set.of(department, "STAFF");
        Set<String> people = new LinkedHashSet<>(audience.members(groups));
        if (handling.sourceKind() == SourceKind.PROPOSAL) {
            proposal(handling.sourceId())
                    .filter(ProposalView::keyProposal)
                    .map(ProposalView::supervisingLeader)
                    .ifPresent(people::add);
        }
        outbox.raise(new Notice(kind, handling.toString(), due, link(handling), cause, people, groups));
    }

    static String link(HandlingId handling) {
        return switch (handling.sourceKind()) {
            case PROPOSAL -> "/cases/" + handling.sourceId();
            case CONSULTATION_SUGGESTION -> "/consultations/"
                    + SuggestionSource.topic(handling).value();
            default -> "/board?department=" + handling.department().value();
        };
    }

    private Optional<ProposalView> proposal(String id) {
        try {
            return queries.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class))
                    .join();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
