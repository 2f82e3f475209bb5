package org.tongxin.engine.consultation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

@AggregateRoot
class ConsultationTopic {

    @AggregateIdentifier
    private TopicId id;

    private TopicStatus status;
    private String title;
    private TopicKind kind;
    private List<String> sourceClues = List.of();
    private int visits;
    private boolean onlineOpen;
    private Instant onlineClosesAt;
    /** Opinion number to whether it is published. */
    private final Map<Integer, Boolean> opinions = new LinkedHashMap<>();
    /** The opinions whose giver left a name or phone that is not erased yet. */
    private final Set<Integer> givers = new HashSet<>();

    private final Map<Integer, List<DepartmentCode>> suggestions = new LinkedHashMap<>();
    private final Map<HandlingId, Integer> transferred = new LinkedHashMap<>();
    private final Map<HandlingId, Adoption> answered = new LinkedHashMap<>();

    protected ConsultationTopic() {
        // for Axon's event sourcing
    }

    @CommandHandler
    ConsultationTopic(CreateTopic command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.MEMBER, Role.LEADER);
        if (isBlank(command.title())
                || isBlank(command.background())
                || command.kind() == null
                || command.origin() == null) {
            throw new RuleViolation(TopicRule.TITLE_REQUIRED);
        }
        requireLength(command.title(), TopicLimits.TITLE_MAX);
        requireLength(command.background(), TopicLimits.TEXT_MAX);
        requireLength(command.district(), TopicLimits.SHORT_MAX);
        requireLength(command.street(), TopicLimits.SHORT_MAX);
        requireLength(command.workstation(), TopicLimits.SHORT_MAX);
        if (command.origin() == TopicOrigin.CLUES) {
            if (command.by().role() != Role.STAFF) {
                throw new RuleViolation(TopicRule.ONLY_STAFF_CONVERTS_CLUES);
            }
            if (command.sourceClues().isEmpty()) {
                throw new RuleViolation(TopicRule.CLUES_REQUIRED);
            }
        }
        apply(new TopicCreated(
                command.topicId(),
                command.title().strip(),
                command.background().strip(),
                command.kind(),
                command.origin(),
                strip(command.district()),
                strip(command.street()),
                strip(command.workstation()),
                command.leadMembers(),
                command.departments().stream().distinct().toList(),
                command.sourceClues().stream().distinct().toList(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ApproveTopic command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.LEADER);
        requireMove(TopicStatus.APPROVED, TopicRule.NOT_PROPOSED);
        requireLength(command.note(), TopicLimits.TEXT_MAX);
        apply(new TopicApproved(id, strip(command.note()), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RefuseTopic command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.LEADER);
        requireMove(TopicStatus.REFUSED, TopicRule.NOT_PROPOSED);
        if (isBlank(command.reason())) {
            throw new RuleViolation(TopicRule.REFUSAL_NEEDS_REASON);
        }
        requireLength(command.reason(), TopicLimits.TEXT_MAX);
        apply(new TopicRefused(id, title, command.reason().strip(), sourceClues, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordResearchVisit command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER, Role.STAFF);
        requirePreparation();
        if (command.visitedOn() == null || isBlank(command.place()) || isBlank(command.findings())) {
            throw new RuleViolation(TopicRule.VISIT_INCOMPLETE);
        }
        requireLength(command.place(), TopicLimits.SHORT_MAX);
        requireLength(command.peopleMet(), TopicLimits.TEXT_MAX);
        requireLength(command.findings(), TopicLimits.TEXT_MAX);
        apply(new ResearchVisitRecorded(
                id,
                visits + 1,
                command.visitedOn(),
                command.place().strip(),
                strip(command.peopleMet()),
                command.findings().strip(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordResearchReport command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER, Role.STAFF);
        requirePreparation();
        if (isBlank(command.report())) {
            throw new RuleViolation(TopicRule.REPORT_REQUIRED);
        }
        requireLength(command.report(), TopicLimits.TEXT_MAX);
        requireLength(command.draftSuggestions(), TopicLimits.TEXT_MAX);
        apply(new ResearchReportRecorded(
                id, command.report().strip(), strip(command.draftSuggestions()), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ScheduleMeeting command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requireMove(TopicStatus.MEETING_SCHEDULED, TopicRule.NOT_APPROVED);
        if (command.meetingOn() == null || isBlank(command.place())) {
            throw new RuleViolation(TopicRule.MEETING_INCOMPLETE);
        }
        requireLength(command.place(), TopicLimits.SHORT_MAX);
        requireNames(command.invited());
        Instant now = clock.instant();
        boolean online = kind == TopicKind.ONLINE || command.onlineClosesAt() != null;
        if (online
                && (command.onlineClosesAt() == null
                        || !command.onlineClosesAt().isAfter(now))) {
            throw new RuleViolation(TopicRule.ONLINE_NEEDS_CLOSING_TIME);
        }
        apply(new MeetingScheduled(
                id,
                command.meetingOn(),
                command.place().strip(),
                command.invited() == null ? Participants.none() : command.invited(),
                command.onlineClosesAt(),
                command.by(),
                now));
    }

    @CommandHandler
    void handle(RecordMeeting command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requireMove(TopicStatus.MEETING_HELD, TopicRule.NOT_SCHEDULED);
        if (command.heldOn() == null || isBlank(command.minutes())) {
            throw new RuleViolation(TopicRule.MINUTES_REQUIRED);
        }
        requireLength(command.minutes(), TopicLimits.TEXT_MAX);
        requireNames(command.attended());
        if (onlineOpen) {
            throw new RuleViolation(TopicRule.ONLINE_STILL_OPEN, "open until " + onlineClosesAt);
        }
        apply(new MeetingHeld(
                id,
                command.heldOn(),
                command.attended() == null ? Participants.none() : command.attended(),
                command.minutes().strip(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ItemizeSuggestion command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        itemize(command.text(), command.departments(), null, command.by(), clock);
    }

    @CommandHandler
    void handle(LiftOpinion command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        Boolean published = opinions.get(command.opinion());
        if (published == null) {
            throw new RuleViolation(TopicRule.UNKNOWN_OPINION, "opinion " + command.opinion());
        }
        if (!published) {
            throw new RuleViolation(TopicRule.OPINION_NOT_PUBLISHED);
        }
        itemize(command.text(), command.departments(), command.opinion(), command.by(), clock);
    }

    private void itemize(String text, List<DepartmentCode> departments, Integer opinion, ActorRef by, Clock clock) {
        if (status != TopicStatus.MEETING_SCHEDULED && status != TopicStatus.MEETING_HELD) {
            throw new RuleViolation(TopicRule.NOT_ITEMIZABLE, "the topic is " + status);
        }
        if (isBlank(text) || departments.isEmpty()) {
            throw new RuleViolation(TopicRule.SUGGESTION_INCOMPLETE);
        }
        requireLength(text, TopicLimits.SUGGESTION_MAX);
        if (new HashSet<>(departments).size() != departments.size()) {
            throw new RuleViolation(TopicRule.DEPARTMENT_NAMED_TWICE);
        }
        apply(new SuggestionItemized(
                id, suggestions.size() + 1, text.strip(), departments, opinion, by, clock.instant()));
    }

    @CommandHandler
    void handle(TransferSuggestions command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (status != TopicStatus.MEETING_HELD || suggestions.isEmpty()) {
            throw new RuleViolation(
                    TopicRule.NOTHING_TO_TRANSFER,
                    "the topic is " + status + " with " + suggestions.size() + " suggestions");
        }
        List<HandlingId> handlings = new ArrayList<>();
        suggestions.forEach((number, departments) ->
                departments.forEach(d -> handlings.add(HandlingId.of(SuggestionSource.of(id, number), d, 1))));
        Instant now = clock.instant();
        apply(new SuggestionsTransferred(id, handlings, LocalDate.ofInstant(now, clock.getZone()), command.by(), now));
    }

    /** Answers arrive while the topic is followed up and also after the office closed the follow-up. */
    @CommandHandler
    void handle(RecordSuggestionAnswer command, Clock clock) {
        if (transferred.isEmpty()) {
            throw new RuleViolation(TopicRule.NOT_FOLLOWING_UP, "the topic is " + status);
        }
        Integer suggestion = transferred.get(command.handlingId());
        if (suggestion == null) {
            throw new RuleViolation(TopicRule.UNKNOWN_HANDLING, command.handlingId() + "");
        }
        ActorRef by = command.by();
        if (by.role() != Role.DEPT_OFFICER
                || !by.department().equals(command.handlingId().department())) {
            throw new RuleViolation(TopicRule.NOT_YOUR_DEPARTMENT);
        }
        if (answered.containsKey(command.handlingId())) {
            throw new RuleViolation(TopicRule.ALREADY_ANSWERED);
        }
        if (command.adoption() == null
                || isBlank(command.measures())
                || (command.adoption() == Adoption.NOT_ADOPTED && isBlank(command.reason()))) {
            throw new RuleViolation(TopicRule.NOT_ADOPTED_NEEDS_REASON);
        }
        requireLength(command.measures(), TopicLimits.TEXT_MAX);
        requireLength(command.reason(), TopicLimits.TEXT_MAX);
        Instant now = clock.instant();
        apply(new SuggestionAnswered(
                id,
                suggestion,
                command.handlingId(),
                command.handlingId().department(),
                command.adoption(),
                command.measures().strip(),
                command.plannedOn(),
                strip(command.reason()),
                by,
                now));
        if (status == TopicStatus.FOLLOWING_UP && answered.size() == transferred.size()) {
            apply(new FollowUpClosed(id, true, 0, null, ActorRef.system(), now));
        }
    }

    @CommandHandler
    void handle(AskDepartmentAgain command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        if (status != TopicStatus.FOLLOWING_UP) {
            throw new RuleViolation(TopicRule.NOT_FOLLOWING_UP, "the topic is " + status);
        }
        if (!transferred.containsKey(command.handlingId())) {
            throw new RuleViolation(TopicRule.UNKNOWN_HANDLING, command.handlingId() + "");
        }
        if (isBlank(command.note())) {
            throw new RuleViolation(TopicRule.NOTE_REQUIRED);
        }
        requireLength(command.note(), TopicLimits.TEXT_MAX);
        apply(new DepartmentAskedAgain(
                id, command.handlingId(), command.note().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseFollowUp command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (status != TopicStatus.FOLLOWING_UP) {
            throw new RuleViolation(TopicRule.NOT_FOLLOWING_UP, "the topic is " + status);
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(TopicRule.CLOSE_NEEDS_REASON);
        }
        requireLength(command.reason(), TopicLimits.TEXT_MAX);
        apply(new FollowUpClosed(
                id,
                false,
                transferred.size() - answered.size(),
                command.reason().strip(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordResult command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requireMove(TopicStatus.CONCLUDED, TopicRule.NOT_CLOSED);
        if (isBlank(command.summary())) {
            throw new RuleViolation(TopicRule.SUMMARY_REQUIRED);
        }
        requireLength(command.summary(), TopicLimits.TEXT_MAX);
        Instant now = clock.instant();
        String summary = command.summary().strip();
        int adopted = (int) answered.values().stream().filter(Adoption::takenUp).count();
        apply(new ConsultationResultRecorded(
                id, title, summary, suggestions.size(), answered.size(), adopted, sourceClues, command.by(), now));
        if (command.submitAsReport()) {
            apply(new ConsultationResultSubmittedAsReport(id, title, summary, command.by(), now));
        }
    }

    @CommandHandler
    void handle(SubmitOpinion command, Clock clock) {
        Instant now = clock.instant();
        if (!onlineOpen || !now.isBefore(onlineClosesAt)) {
            throw new RuleViolation(TopicRule.NOT_OPEN_ONLINE);
        }
        if (isBlank(command.text())) {
            throw new RuleViolation(TopicRule.OPINION_EMPTY);
        }
        requireLength(command.text(), TopicLimits.OPINION_MAX);
        requireLength(command.name(), TopicLimits.NAME_MAX);
        requireLength(command.phone(), TopicLimits.PHONE_MAX);
        boolean contact = !isBlank(command.name()) || !isBlank(command.phone());
        if (contact && !command.consented()) {
            throw new RuleViolation(TopicRule.CONTACT_WITHOUT_CONSENT);
        }
        apply(new OpinionSubmitted(
                id,
                opinions.size() + 1,
                command.trackingCode(),
                command.text().strip(),
                strip(command.name()),
                strip(command.phone()),
                command.consented(),
                command.by(),
                now));
    }

    @CommandHandler
    void handle(EraseOpinionGiver command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (!opinions.containsKey(command.opinion())) {
            throw new RuleViolation(TopicRule.UNKNOWN_OPINION, "opinion " + command.opinion());
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(TopicRule.ERASURE_NEEDS_REASON);
        }
        requireLength(command.reason(), TopicLimits.ERASURE_REASON_MAX);
        if (!givers.contains(command.opinion())) {
            throw new RuleViolation(TopicRule.NOTHING_TO_ERASE, "opinion " + command.opinion());
        }
        apply(new OpinionGiverErased(id, command.opinion(), command.reason().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ModerateOpinion command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!opinions.containsKey(command.opinion())) {
            throw new RuleViolation(TopicRule.UNKNOWN_OPINION, "opinion " + command.opinion());
        }
        if (command.publish()) {
            apply(new OpinionPublished(id, command.opinion(), command.by(), clock.instant()));
            return;
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(TopicRule.HIDING_NEEDS_REASON);
        }
        requireLength(command.reason(), TopicLimits.SHORT_MAX);
        apply(new OpinionHidden(id, command.opinion(), command.reason().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseOnlineParticipation command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM, Role.STAFF);
        if (!onlineOpen) {
            return;
        }
        apply(new OnlineParticipationClosed(id, opinions.size(), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(TopicCreated event) {
        id = event.topicId();
        title = event.title();
        kind = event.kind();
        sourceClues = event.sourceClues();
        status = TopicStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(TopicApproved event) {
        status = TopicStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(TopicRefused event) {
        status = TopicStatus.REFUSED;
    }

    @EventSourcingHandler
    void on(ResearchVisitRecorded event) {
        visits = event.number();
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        status = TopicStatus.MEETING_SCHEDULED;
        onlineOpen = event.onlineClosesAt() != null;
        onlineClosesAt = event.onlineClosesAt();
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        status = TopicStatus.MEETING_HELD;
    }

    @EventSourcingHandler
    void on(SuggestionItemized event) {
        suggestions.put(event.number(), event.departments());
    }

    @EventSourcingHandler
    void on(SuggestionsTransferred event) {
        status = TopicStatus.FOLLOWING_UP;
        for (HandlingId handling : event.handlings()) {
            transferred.put(handling, SuggestionSource.number(handling));
        }
    }

    @EventSourcingHandler
    void on(SuggestionAnswered event) {
        answered.put(event.handlingId(), event.adoption());
    }

    @EventSourcingHandler
    void on(FollowUpClosed event) {
        status = TopicStatus.FOLLOW_UP_CLOSED;
    }

    @EventSourcingHandler
    void on(ConsultationResultRecorded event) {
        status = TopicStatus.CONCLUDED;
    }

    @EventSourcingHandler
    void on(OpinionSubmitted event) {
        opinions.put(event.number(), false);
        // an erased giver reads back without contact, so a second erasure finds nothing to erase
        if (event.giver() != null && event.giver().givesContact()) {
            givers.add(event.number());
        }
    }

    @EventSourcingHandler
    void on(OpinionGiverErased event) {
        givers.remove(event.opinion());
    }

    @EventSourcingHandler
    void on(OpinionPublished event) {
        opinions.put(event.opinion(), true);
    }

    @EventSourcingHandler
    void on(OpinionHidden event) {
        opinions.put(event.opinion(), false);
    }

    @EventSourcingHandler
    void on(OnlineParticipationClosed event) {
        onlineOpen = false;
    }

    private void requireMove(TopicStatus next, TopicRule refusal) {
        if (!status.canMoveTo(next)) {
            throw new RuleViolation(refusal, "the topic is " + status);
        }
    }

    private void requirePreparation() {
        if (status != TopicStatus.APPROVED && status != TopicStatus.MEETING_SCHEDULED) {
            throw new RuleViolation(TopicRule.NOT_IN_PREPARATION, "the topic is " + status);
        }
    }

    private static void requireLength(String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new RuleViolation(TopicRule.TOO_LONG, text.strip().length() + " characters, at most " + max);
        }
    }

    /** Residents named at the table, as one text: the form takes them in one field. */
    private static void requireNames(Participants participants) {
        if (participants != null) {
            requireLength(String.join("、", participants.residentNames()), TopicLimits.TEXT_MAX);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
