package org.tongxin.projections.ops;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxin.projections.audit.AuditLogProjection;
import org.tongxin.projections.clue.CluePoolProjection;
import org.tongxin.projections.cluecase.ClueCaseProjection;
import org.tongxin.projections.handling.HandlingProjection;
import org.tongxin.projections.mywork.MyWorkProjection;
import org.tongxin.projections.proposal.ProposalProjection;

/**
 * Status and replay of the read models' pooled processors. A replay stops the processor on this node, resets its
 * tokens (which runs the projection's {@code @ResetHandler}, clearing only its own tables) and starts it again; the
 * rebuild then runs in the background and {@link #status} reports its progress. In a cluster, stop the group on the
 * other nodes first, or they may claim segments while the tokens are reset.
 */
@Component
public class ProjectionOperations {

    private static final Logger log = LoggerFactory.getLogger(ProjectionOperations.class);

    /** Every processing group of a read model, each a pooled processor with a dead-letter queue. */
    public static final List<String> GROUPS = List.of(
            CluePoolProjection.GROUP,
            ClueCaseProjection.GROUP,
            ProposalProjection.GROUP,
            HandlingProjection.GROUP,
            AuditLogProjection.GROUP,
            MyWorkProjection.GROUP);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionOperations(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProjectionStatus> statuses() {
        Long head = head();
        return GROUPS.stream().map(g -> status(g, head)).toList();
    }

    public ProjectionStatus status(String group) {
        return status(group, head());
    }

    /** Resets and restarts one group; returns at once with the status of the rebuild just begun. */
    public synchronized ProjectionStatus replay(String group) {
        PooledStreamingEventProcessor processor = processor(group);
        log.info("Replaying projection {}", group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status(group);
    }

    /** Events the group has yet to see on this node; empty when it has no claimed segment to tell. */
    public OptionalLong lag(String group) {
        ProjectionStatus status = status(group);
        return status.lag() == null ? OptionalLong.empty() : OptionalLong.of(status.lag());
    }

    private ProjectionStatus status(String group, Long head) {
        PooledStreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        Long position = null;
        boolean replaying = false;
        boolean caughtUp = !segments.isEmpty();
        double progress = 1.0;
        for (EventTrackerStatus s : segments.values()) {
            OptionalLong current = s.getCurrentPosition();
            long at = current.isPresent() ? current.getAsLong() : -1L;
            position = position == null ? at : Math.min(position, at);
            caughtUp &= s.isCaughtUp();
            // Axon keeps a segment "replaying" until an event beyond the reset point arrives, which on a quiet
            // system may take a while; the rebuild itself is done once the segment has reached that point.
            OptionalLong end = s.getResetPosition();
            if (s.isReplaying() && end.isPresent() && at < end.getAsLong()) {
                replaying = true;
                progress = Math.min(progress, Math.max(0.0, (double) at / end.getAsLong()));
            }
        }
        Long lag = position == null || head == null ? null : Math.max(0L, head - position);
        return new ProjectionStatus(
                group,
                processor.isRunning(),
                replaying,
                segments.size(),
                position,
                head,
                lag,
                progress,
                caughtUp && lag != null && lag == 0);
    }

    private Long head() {
        TrackingToken token = eventStore.createHeadToken();
        if (token == null) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }

    private PooledStreamingEventProcessor processor(String group) {
        if (!GROUPS.contains(group)) {
            throw new UnknownProjection(group);
        }
        return processing
                .eventProcessor(group, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjection(group));
    }
}
