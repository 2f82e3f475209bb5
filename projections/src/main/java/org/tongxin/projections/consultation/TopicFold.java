package org.tongxin.projections.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tongxin.engine.consultation.ConsultationResultRecorded;
import org.tongxin.engine.consultation.ConsultationResultSubmittedAsReport;
import org.tongxin.engine.consultation.DepartmentAskedAgain;
import org.tongxin.engine.consultation.FollowUpClosed;
import org.tongxin.engine.consultation.MeetingHeld;
import org.tongxin.engine.consultation.MeetingScheduled;
import org.tongxin.engine.consultation.OnlineParticipationClosed;
import org.tongxin.engine.consultation.OpinionGiverErased;
import org.tongxin.engine.consultation.OpinionHidden;
import org.tongxin.engine.consultation.OpinionPublished;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.ResearchReportRecorded;
import org.tongxin.engine.consultation.ResearchVisitRecorded;
import org.tongxin.engine.consultation.SuggestionAnswered;
import org.tongxin.engine.consultation.SuggestionItemized;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.consultation.SuggestionsTransferred;
import org.tongxin.engine.consultation.TopicApproved;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.consultation.TopicRefused;
import org.tongxin.engine.consultation.TopicStatus;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/**
 * Applies one topic event to a {@link TopicView}. Pure: the result depends on the view and the event only. An event
 * at or below the view's version was folded in already and leaves the view as it is (the same instance).
 */
public final class TopicFold {

    private TopicFold() {}

    public static TopicView apply(TopicView view, TopicEvent event, long sequence) {
        if (view == null && !(event instanceof TopicCreated)) {
            return null;
        }
        if (view != null && sequence <= view.version()) {
            return view;
        }
        TopicView.Builder b = view == null ? new TopicView.Builder() : view.toBuilder();
        b.version = sequence;
        if (event instanceof TopicCreated e) {
            b.topicId = e.topicId().value();
            b.title = e.title();
            b.background = e.background();
            b.kind = e.kind().name();
            b.origin = e.origin().name();
            b.district = e.district();
            b.street = e.street();
            b.workstation = e.workstation();
            b.leadMembers = e.leadMembers();
            b.invitedDepartments = codes(e.departments());
            b.sourceClues = e.sourceClues();
            b.status = TopicStatus.PROPOSED.name();
            b.createdBy = e.createdBy().userId();
            b.createdAt = e.createdAt();
            b.visits = List.of();
            b.opinions = List.of();
            b.suggestions = List.of();
            b.timeline = List.of();
            step(b, e.createdAt(), e, e.createdBy(), null);
        } else if (event instanceof TopicApproved e) {
            b.status = TopicStatus.APPROVED.name();
            b.approvedBy = e.approvedBy().userId();
            b.approvalNote = e.note();
            step(b, e.approvedAt(), e, e.approvedBy(), e.note());
        } else if (event instanceof TopicRefused e) {
            b.status = TopicStatus.REFUSED.name();
            b.refusalReason = e.reason();
            step(b, e.refusedAt(), e, e.refusedBy(), e.reason());
        } else if (event instanceof ResearchVisitRecorded e) {
            b.visits = append(
                    b.visits,
                    new VisitView(
                            e.number(),
                            e.visitedOn(),
                            e.place(),
                            e.peopleMet(),
                            e.findings(),
                            e.recordedBy().userId()));
            step(b, e.recordedAt(), e, e.recordedBy(), e.place());
        } else if (event instanceof ResearchReportRecorded e) {
            b.report = e.report();
            b.draftSuggestions = e.draftSuggestions();
            step(b, e.recordedAt(), e, e.recordedBy(), null);
        } else if (event instanceof MeetingScheduled e) {
            b.status = TopicStatus.MEETING_SCHEDULED.name();
            b.meetingOn = e.meetingOn();
            b.place = e.place();
            b.invited = ParticipantsView.of(e.invited());
            b.onlineClosesAt = e.onlineClosesAt();
            b.onlineOpen = e.onlineClosesAt() != null;
            step(b, e.scheduledAt(), e, e.scheduledBy(), e.place());
        } else if (event instanceof OnlineParticipationClosed e) {
            b.onlineOpen = false;
            step(b, e.closedAt(), e, e.closedBy(), null);
        } else if (event instanceof MeetingHeld e) {
            b.status = TopicStatus.MEETING_HELD.name();
            b.heldOn = e.heldOn();
            b.attended = ParticipantsView.of(e.attended());
            b.minutes = e.minutes();
            step(b, e.recordedAt(), e, e.recordedBy(), null);
        } else if (event instanceof SuggestionItemized e) {
            b.suggestions = append(
                    b.suggestions,
                    new SuggestionView(e.number(), e.text(), codes(e.departments()), e.fromOpinion(), List.of()));
            if (e.fromOpinion() != null) {
                b.opinions = mapOpinion(b.opinions, e.fromOpinion(), o -> o.lifted(e.number()));
            }
            step(b, e.itemizedAt(), e, e.itemizedBy(), null);
        } else if (event instanceof SuggestionsTransferred e) {
            b.status = TopicStatus.FOLLOWING_UP.name();
            b.transferredOn = e.transferredOn();
            List<SuggestionView> suggestions = new ArrayList<>();
            for (SuggestionView s : b.suggestions) {
                List<AnswerView> answers = e.handlings().stream()
                        .filter(h -> SuggestionSource.number(h) == s.number())
                        .map(h ->
                                AnswerView.transferred(h.value(), h.department().value()))
                        .toList();
                suggestions.add(s.withAnswers(answers));
            }
            b.suggestions = suggestions;
            step(b, e.at(), e, e.transferredBy(), null);
        } else if (event instanceof SuggestionAnswered e) {
            b.suggestions = mapAnswer(
                    b.suggestions,
                    e.handlingId(),
                    a -> a.answer(e.adoption().name(), e.measures(), e.plannedOn(), e.reason(), e.answeredAt()));
            if (e.adoption().takenUp()) {
                b.adopted = b.adopted + 1;
            }
            b.answers = b.answers + 1;
            step(b, e.answeredAt(), e, e.answeredBy(), e.department().value());
        } else if (event instanceof DepartmentAskedAgain e) {
            b.suggestions = mapAnswer(b.suggestions, e.handlingId(), a -> a.askedAgain(e.note()));
            step(b, e.askedAt(), e, e.askedBy(), e.note());
        } else if (event instanceof FollowUpClosed e) {
            b.status = TopicStatus.FOLLOW_UP_CLOSED.name();
            b.followUpClosedAt = e.closedAt();
            b.allAnswered = e.allAnswered();
            b.followUpReason = e.reason();
            step(b, e.closedAt(), e, e.closedBy(), e.reason());
        } else if (event instanceof ConsultationResultRecorded e) {
            b.status = TopicStatus.CONCLUDED.name();
            b.resultSummary = e.summary();
            b.resultAt = e.recordedAt();
            step(b, e.recordedAt(), e, e.recordedBy(), null);
        } else if (event instanceof ConsultationResultSubmittedAsReport e) {
            b.submittedAsReport = true;
            step(b, e.submittedAt(), e, e.submittedBy(), null);
        } else if (event instanceof OpinionSubmitted e) {
            b.opinions = append(
                    b.opinions,
                    new OpinionView(
                            e.number(),
                            e.trackingCode(),
                            e.text(),
                            e.giver() == null ? null : e.giver().name(),
                            e.giver() == null ? null : e.giver().phone(),
                            OpinionView.PENDING,
                            null,
                            null,
                            e.submittedAt(),
                            e.giver() != null && e.giver().erased()));
        } else if (event instanceof OpinionPublished e) {
            b.opinions = mapOpinion(b.opinions, e.opinion(), o -> o.with(OpinionView.PUBLISHED, null));
        } else if (event instanceof OpinionHidden e) {
            b.opinions = mapOpinion(b.opinions, e.opinion(), o -> o.with(OpinionView.HIDDEN, e.reason()));
        } else if (event instanceof OpinionGiverErased e) {
            b.opinions = mapOpinion(b.opinions, e.opinion(), OpinionView::erased);
            step(b, e.erasedAt(), e, e.erasedBy(), e.reason());
        }
        return b.build();
    }

    private static void step(TopicView.Builder b, Instant at, TopicEvent event, ActorRef by, String note) {
        b.timeline = append(b.timeline, new TimelineEntry(at, event.getClass().getSimpleName(), by.userId(), note));
    }

    private static List<String> codes(List<DepartmentCode> departments) {
        return departments.stream().map(DepartmentCode::value).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> all = new ArrayList<>(list == null ? List.of() : list);
        all.add(item);
        return all;
    }

    private static List<OpinionView> mapOpinion(List<OpinionView> opinions, int number, UnaryOperator<OpinionView> f) {
        return opinions.stream().map(o -> o.number() == number ? f.apply(o) : o).toList();
    }

    private static List<SuggestionView> mapAnswer(
            List<SuggestionView> suggestions, HandlingId handling, UnaryOperator<AnswerView> f) {
        return suggestions.stream().map(s -> s.mapAnswer(handling.value(), f)).toList();
    }
}
