package org.tongxin.projections.clue;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueAbsorbed;
import org.tongxin.engine.clue.ClueAdopted;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueStatus;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.clue.SubmitterErased;

/** Projects clue events into {@code clue_view}, the clue pool. */
@Component
@ProcessingGroup(CluePoolProjection.GROUP)
public class CluePoolProjection {

    public static final String GROUP = "clue-pool";

    private final ClueRepository repository;

    CluePoolProjection(ClueRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(ClueRegistered event, @SequenceNumber long sequence) {
        repository.insert(event, ClueStatus.REGISTERED.name(), sequence);
    }

    @EventHandler
    void on(ClueClassified e, @SequenceNumber long sequence) {
        Map<String, Object> p = new HashMap<>();
        p.put("category", e.category());
        p.put("street", e.street());
        p.put("route", e.route().name());
        p.put("status", ClueStatus.afterClassification(e.route()).name());
        p.put("ground", e.declineGround() == null ? null : e.declineGround().name());
        p.put("redirected", e.redirectedTo());
        p.put("merged", e.mergeInto() == null ? null : e.mergeInto().value());
        p.put("at", Timestamp.from(e.classifiedAt()));
        repository.update(
                e.clueId().value(),
                sequence,
                "category = :category, street = COALESCE(:street, street), route = :route, status = :status,"
                        + " decline_ground = :ground, redirected_to = :redirected, merged_into = :merged,"
                        + " classified_at = :at",
                p);
        if (e.mergeInto() != null) {
            repository.recordMerge(
                    e.clueId().value(), e.mergeInto().value(), e.clueId().value());
        }
    }

    /** Purges the name and phone the registration copied here: erasure leaves no clear text in the read model. */
    @EventHandler
    void on(SubmitterErased e, @SequenceNumber long sequence) {
        repository.update(
                e.clueId().value(),
                sequence,
                "submitter_name = NULL, submitter_phone = NULL, submitter_erased = TRUE",
                Map.of());
    }

    @EventHandler
    void on(ClueAbsorbed e, @SequenceNumber long sequence) {
        repository.recordMerge(
                e.clueId().value(), e.clueId().value(), e.mergedClue().value());
        repository.update(e.clueId().value(), sequence, "status = status", Map.of());
    }

    @EventHandler
    void on(ClueAdopted e, @SequenceNumber long sequence) {
        repository.update(
                e.clueId().value(),
                sequence,
                "adopter = :adopter, status = :status",
                Map.of("adopter", e.adopter(), "status", ClueStatus.ADOPTED.name()));
    }

    @EventHandler
    void on(ClueConverted e, @SequenceNumber long sequence) {
        repository.update(
                e.clueId().value(),
                sequence,
                "target_kind = :kind, target_id = :target, status = :status",
                Map.of("kind", e.target().name(), "target", e.targetId(), "status", ClueStatus.CONVERTED.name()));
    }

    @EventHandler
    void on(FeedbackRecorded e, @SequenceNumber long sequence) {
        repository.update(
                e.clueId().value(),
                sequence,
                "feedback_count = feedback_count + 1, last_feedback = :summary",
                Map.of("summary", e.summary()));
    }

    @EventHandler
    void on(ClueClosed e, @SequenceNumber long sequence) {
        repository.update(
                e.clueId().value(),
                sequence,
                "status = :status, closed_at = :at",
                Map.of("status", ClueStatus.CLOSED.name(), "at", Timestamp.from(e.closedAt())));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    Optional<ClueSummary> handle(FindClue query) {
        return repository.find(query.clueId(), query.department());
    }

    @QueryHandler
    Optional<ClueEntry> handle(FindClueEntry query) {
        return repository.intake(query.clueId());
    }

    @QueryHandler
    CluePage handle(ListClues query) {
        return repository.list(query);
    }
}
