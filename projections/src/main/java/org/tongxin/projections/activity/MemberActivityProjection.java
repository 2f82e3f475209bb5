package org.tongxin.projections.activity;

import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.engine.supervision.SpecialSupervisorEvent;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.ViewBatch;

/**
 * Folds the events of clues, proposals, handlings, reports, consultation topics, supervision entries and special
 * supervisors into the activities of members ({@code member_activity}), one fold per aggregate.
 */
@Component
@ProcessingGroup(MemberActivityProjection.GROUP)
public class MemberActivityProjection {

    public static final String GROUP = "member-activity";

    /** The aggregate types the fold reads, as the event store names them. */
    public static final List<String> TYPES = List.of(
            "Clue",
            "Proposal",
            "Handling",
            "OpinionReport",
            "ConsultationTopic",
            "SupervisionEntry",
            "SpecialSupervisor");

    private final MemberActivityRepository repository;
    private final ViewBatch<ActivitySource> sources;
    private final ZoneId zone;

    MemberActivityProjection(
            MemberActivityRepository repository,
            FailureIsolation isolation,
            @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone) {
        this.repository = repository;
        this.zone = zone;
        // every source a batch's events fold into is read in one statement as the batch begins
        this.sources = new ViewBatch<>(
                GROUP,
                "member_activity_source",
                repository::find,
                repository::saveAll,
                isolation,
                MemberActivityProjection::sourceOf,
                repository::findAll);
    }

    @EventHandler
    void on(ClueEvent event, @SequenceNumber long sequence) {
        fold(event.clueId().toString(), "Clue", event, sequence);
    }

    @EventHandler
    void on(ProposalEvent event, @SequenceNumber long sequence) {
        fold(event.proposalId().toString(), "Proposal", event, sequence);
    }

    @EventHandler
    void on(HandlingEvent event, @SequenceNumber long sequence) {
        fold(event.handlingId().toString(), "Handling", event, sequence);
    }

    @EventHandler
    void on(ReportEvent event, @SequenceNumber long sequence) {
        fold(event.reportId().toString(), "OpinionReport", event, sequence);
    }

    @EventHandler
    void on(TopicEvent event, @SequenceNumber long sequence) {
        fold(event.topicId().toString(), "ConsultationTopic", event, sequence);
    }

    @EventHandler
    void on(SupervisionEvent event, @SequenceNumber long sequence) {
        fold(event.supervisionId().toString(), "SupervisionEntry", event, sequence);
    }

    @EventHandler
    void on(SpecialSupervisorEvent event, @SequenceNumber long sequence) {
        fold(event.supervisorId().toString(), "SpecialSupervisor", event, sequence);
    }

    /** The source an event folds into: its aggregate, when the fold reads that aggregate type. */
    private static String sourceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> event && TYPES.contains(event.getType())
                ? event.getAggregateIdentifier()
                : null;
    }

    private void fold(String id, String type, Object event, long sequence) {
        sources.update(id, s -> ActivityFold.apply(s == null ? ActivitySource.of(id, type) : s, event, sequence, zone));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    List<MemberActivity> handle(ListMemberActivities query) {
        return repository.of(query.member(), query.year());
    }

    @QueryHandler
    List<MemberActivity> handle(ListActivitiesOfYear query) {
        return repository.ofYear(query.year());
    }

    @QueryHandler
    List<Integer> handle(ListActivityYears query) {
        return repository.years(query.member());
    }
}
