package org.tongxin.projections.cluecase;

import java.util.ArrayList;
import java.util.List;
import org.tongxin.engine.clue.ClueAbsorbed;
import org.tongxin.engine.clue.ClueAdopted;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueStatus;
import org.tongxin.engine.clue.FeedbackRecorded;

/**
 * Applies one clue event to a {@link ClueCaseView}: the single piece of code behind the live clue case and its as-of
 * view. Pure; an event at or below the view's version leaves the view as it is. The submitter is left out on purpose.
 */
public final class ClueCaseFold {

    private ClueCaseFold() {}

    public static ClueCaseView apply(ClueCaseView v, ClueEvent event, long sequence) {
        if (v == null && !(event instanceof ClueRegistered)) {
            return null;
        }
        if (v != null && sequence <= v.version()) {
            return v;
        }
        if (event instanceof ClueRegistered e) {
            return new ClueCaseView(
                    e.clueId().value(),
                    e.trackingCode(),
                    e.title(),
                    e.source().name(),
                    e.location() == null ? null : e.location().district(),
                    e.location() == null ? null : e.location().street(),
                    e.attribution() == null ? null : e.attribution().member(),
                    e.attribution() == null ? null : e.attribution().workstation(),
                    e.attribution() == null ? null : e.attribution().sector(),
                    null,
                    ClueStatus.REGISTERED.name(),
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    e.registeredAt(),
                    null,
                    null,
                    null,
                    null,
                    sequence);
        }
        String category = v.category();
        String street = v.street();
        String status = v.status();
        String route = v.route();
        String ground = v.declineGround();
        String redirected = v.redirectedTo();
        String mergedInto = v.mergedInto();
        List<String> absorbed = v.absorbed();
        String adopter = v.adopter();
        String targetKind = v.targetKind();
        String targetId = v.targetId();
        List<Feedback> feedback = v.feedback();
        String closedFrom = v.closedFrom();
        var classifiedAt = v.classifiedAt();
        var adoptedAt = v.adoptedAt();
        var convertedAt = v.convertedAt();
        var closedAt = v.closedAt();
        if (event instanceof ClueClassified e) {
            category = e.category();
            street = e.street() == null ? street : e.street();
            route = e.route().name();
            status = ClueStatus.afterClassification(e.route()).name();
            ground = e.declineGround() == null ? null : e.declineGround().name();
            redirected = e.redirectedTo();
            mergedInto = e.mergeInto() == null ? null : e.mergeInto().value();
            classifiedAt = e.classifiedAt();
        } else if (event instanceof ClueAbsorbed e) {
            List<String> more = new ArrayList<>(absorbed);
            more.add(e.mergedClue().value());
            absorbed = List.copyOf(more);
        } else if (event instanceof ClueAdopted e) {
            adopter = e.adopter();
            status = ClueStatus.ADOPTED.name();
            adoptedAt = e.adoptedAt();
        } else if (event instanceof ClueConverted e) {
            targetKind = e.target().name();
            targetId = e.targetId();
            status = ClueStatus.CONVERTED.name();
            convertedAt = e.convertedAt();
        } else if (event instanceof FeedbackRecorded e) {
            List<Feedback> more = new ArrayList<>(feedback);
            more.add(new Feedback(e.sourceId(), e.summary(), e.recordedAt(), e.phrase()));
            feedback = List.copyOf(more);
        } else if (event instanceof ClueClosed e) {
            closedFrom = e.outcome() == null ? status : e.outcome().name();
            status = ClueStatus.CLOSED.name();
            closedAt = e.closedAt();
        }
        return new ClueCaseView(
                v.clueId(),
                v.trackingCode(),
                v.title(),
                v.source(),
                v.district(),
                street,
                v.member(),
                v.workstation(),
                v.sector(),
                category,
                status,
                route,
                ground,
                redirected,
                mergedInto,
                absorbed,
                adopter,
                targetKind,
                targetId,
                feedback,
                closedFrom,
                v.registeredAt(),
                classifiedAt,
                adoptedAt,
                convertedAt,
                closedAt,
                sequence);
    }
}
