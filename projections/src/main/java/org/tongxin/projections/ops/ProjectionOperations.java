package org.tongxin.projections.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongxin.projections.activity.MemberActivityProjection;
import org.tongxin.projections.attachment.AttachmentProjection;
import org.tongxin.projections.audit.AuditLogProjection;
import org.tongxin.projections.clue.CluePoolProjection;
import org.tongxin.projections.cluecase.ClueCaseProjection;
import org.tongxin.projections.consultation.ConsultationProjection;
import org.tongxin.projections.handling.HandlingProjection;
import org.tongxin.projections.mywork.MyWorkProjection;
import org.tongxin.projections.proposal.ProposalProjection;
import org.tongxin.projections.report.ReportProjection;
import org.tongxin.projections.similar.SimilarityProjection;
import org.tongxin.projections.supervision.SupervisionProjection;

/**
 * Status and replay of the read models' pooled processors. A replay stops the processor on this node, resets its
 * tokens (which runs the projection's {@code @ResetHandler}) and starts it again; the rebuild then runs in the
 * background and {@link #status} reports its progress. The groups {@link ShadowRebuild} covers are rebuilt in shadow
 * tables while their live tables keep serving, and switched in one transaction once every segment has reached the
 * position the store had when the replay began ({@link #switchRebuilt}, checked on every node); the others are
 * cleared and refilled in place. In a cluster, stop the group on the other nodes first, or they may claim segments
 * while the tokens are reset.
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
            MyWorkProjection.GROUP,
            ConsultationProjection.GROUP,
            SupervisionProjection.GROUP,
            ReportProjection.GROUP,
            SimilarityProjection.GROUP,
            AttachmentProjection.GROUP,
            MemberActivityProjection.GROUP);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenRows tokens;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final ShadowRebuild shadow;

    ProjectionOperations(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            TokenRows tokens,
            ShadowRebuild shadow,
            @Value("${tongxin.projections.stuck-after:PT2M}") Duration stuckAfter) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.shadow = shadow;
        // the token store stamps claims with the system clock, whatever clock the domain runs on
        this.clock = Clock.systemUTC();
        this.stuckAfter = stuckAfter;
    }

    public List<ProjectionStatus> statuses() {
        Long head = head();
        Map<String, Long> rebuilding = shadow.underWay();
        return GROUPS.stream().map(g -> status(g, head, rebuilding.get(g))).toList();
    }

    public ProjectionStatus status(String group) {
        processor(group);
        return status(group, head(), shadow.underWay().get(group));
    }

    /**
     * Resets and restarts one group; returns at once with the status of the rebuild just begun. Refused with
     * {@link ReplayBlocked}, the group left running, while another node holds one of its segments.
     */
    public synchronized ProjectionStatus replay(String group) {
        PooledStreamingEventProcessor processor = processor(group);
        log.info("Replaying projection {}", group);
        processor.shutDown();
        try {
            if (shadow.covers(group)) {
                Long head = head();
                shadow.begin(group, head == null ? -1L : head, processor::resetTokens);
            } else {
                processor.resetTokens();
            }
        } catch (UnableToClaimTokenException e) {
            processor.start();
            throw new ReplayBlocked(group, e);
        }
        processor.start();
        return status(group);
    }

    /**
     * Switches every shadow rebuild whose segments have all reached the position the store had when it began. Runs on
     * every node; the first to get there switches, the others find nothing left to do.
     */
    @Scheduled(fixedDelayString = "${tongxin.projections.switch-check:PT0.5S}")
    public void switchRebuilt() {
        shadow.underWay().forEach((group, target) -> {
            List<TokenRows.Segment> segments = tokens.of(group);
            if (!segments.isEmpty() && segments.stream().allMatch(s -> s.position() >= target)) {
                try {
                    if (shadow.switchOver(group)) {
                        log.info("Projection {} rebuilt; its new tables are live", group);
                    }
                } catch (RuntimeException e) {
                    // a lock not granted in time, a deadlock with the processor's own batch: the next check tries again
                    log.warn("Projection {} rebuilt but not switched yet", group, e);
                }
            }
        });
    }

    /** Events the group has yet to see, over all its segments; empty before its segments exist. */
    public OptionalLong lag(String group) {
        ProjectionStatus status = status(group);
        return status.lag() == null ? OptionalLong.empty() : OptionalLong.of(status.lag());
    }

    /** @param rebuildTarget where a shadow rebuild under way must reach, null when there is none */
    private ProjectionStatus status(String group, Long head, Long rebuildTarget) {
        PooledStreamingEventProcessor processor = processor(group);
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        boolean replaying = false;
        double progress = 1.0;
        for (EventTrackerStatus s : local.values()) {
            OptionalLong current = s.getCurrentPosition();
            long at = current.isPresent() ? current.getAsLong() : -1L;
            // Axon keeps a segment "replaying" until an event beyond the reset point arrives, which on a quiet
            // system may take a while; the rebuild itself is done once the segment has reached that point.
            OptionalLong end = s.getResetPosition();
            if (s.isReplaying() && end.isPresent() && at < end.getAsLong()) {
                replaying = true;
                progress = Math.min(progress, Math.max(0.0, (double) at / end.getAsLong()));
            }
        }
        // Lag is taken over every segment in the token store, not only those this node holds: a segment nobody
        // claims, or one whose owner stopped, is exactly where events wait.
        List<TokenRows.Segment> segments = tokens.of(group);
        Instant now = clock.instant();
        Long position = null;
        int unclaimed = 0;
        int stuck = 0;
        for (TokenRows.Segment s : segments) {
            position = position == null ? s.position() : Math.min(position, s.position());
            if (s.owner() == null) {
                unclaimed++;
            } else if (stalled(group, s, head, now)) {
                stuck++;
            }
        }
        Long lag = position == null || head == null ? null : Math.max(0L, head - position);
        if (rebuildTarget != null) {
            // the live tables are the old ones until the switch, however far the segments have come
            replaying = true;
            progress = rebuildTarget <= 0 || position == null
                    ? 0.0
                    : Math.min(1.0, Math.max(0.0, (double) position / rebuildTarget));
        }
        long deadLetters = 0;
        long blocked = 0;
        var queue = processing.deadLetterQueue(group);
        if (queue.isPresent()) {
            deadLetters = queue.get().size();
            blocked = queue.get().amountOfSequences();
        }
        return new ProjectionStatus(
                group,
                processor.isRunning(),
                replaying,
                segments.size(),
                local.size(),
                unclaimed,
                stuck,
                deadLetters,
                blocked,
                position,
                head,
                lag,
                progress,
                !segments.isEmpty() && lag != null && lag == 0,
                rebuildTarget != null);
    }

    /**
     * An owned segment behind the head is stuck when its owner stopped renewing the claim, or when its position has
     * not moved for {@code stuckAfter}. Positions seen are remembered on this node between calls.
     */
    private boolean stalled(String group, TokenRows.Segment s, Long head, Instant now) {
        String key = group + "/" + s.segment();
        if (head == null || s.position() >= head) {
            // a segment at the head has nothing to do, whoever holds it
            seen.remove(key);
            return false;
        }
        if (s.touched() != null && s.touched().isBefore(now.minus(stuckAfter))) {
            return true;
        }
        Seen before = seen.get(key);
        if (before == null || before.position() != s.position()) {
            seen.put(key, new Seen(s.position(), now));
            return false;
        }
        return before.since().isBefore(now.minus(stuckAfter));
    }

    private record Seen(long position, Instant since) {}

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
