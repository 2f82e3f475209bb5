package org.tongxin.projections.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.tongxin.engine.clue.ClueAdopted;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueStatus;
import org.tongxin.engine.consultation.ConsultationResultRecorded;
import org.tongxin.engine.consultation.MeetingHeld;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.TopicApproved;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.consultation.TopicRefused;
import org.tongxin.engine.handling.EvaluationGiven;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.proposal.CoSignatureConfirmed;
import org.tongxin.engine.proposal.CoSignerReplaced;
import org.tongxin.engine.proposal.CoSigningClosed;
import org.tongxin.engine.proposal.ProposalConvertedToOpinionReport;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.engine.proposal.ProposalFiled;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.proposal.ProposalWithdrawn;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.report.OpinionReportDeclined;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportForwarded;
import org.tongxin.engine.report.OpinionReportReturned;
import org.tongxin.engine.report.OpinionReportRevised;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.supervision.InspectionRecorded;
import org.tongxin.engine.supervision.SpecialSupervisorAppointed;
import org.tongxin.engine.supervision.SpecialSupervisorEvent;
import org.tongxin.engine.supervision.SupervisionEntryClosed;
import org.tongxin.engine.supervision.SupervisionEntryRegistered;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionTeamFormed;
import org.tongxin.engine.supervision.SupervisorFindingRecorded;

/**
 * The pure fold from one aggregate's events to the activities it yields for members. An event at or below the
 * source's version is one already folded in and changes nothing, so redelivery and replay give the same rows; an
 * event the member record does not count only moves the version on.
 */
final class ActivityFold {

    /** Proposal statuses after filing still count as filed: what is scored is that the proposal was filed. */
    static final String FILED = "FILED";

    private ActivityFold() {}

    static ActivitySource apply(ActivitySource before, Object event, long sequence, ZoneId zone) {
        if (before.version() >= sequence) {
            return before;
        }
        ActivitySource after = before;
        if (event instanceof ClueEvent e) {
            after = clue(before, e, zone);
        } else if (event instanceof ProposalEvent e) {
            after = proposal(before, e, zone);
        } else if (event instanceof HandlingEvent e) {
            after = handling(before, e, zone);
        } else if (event instanceof ReportEvent e) {
            after = report(before, e, zone);
        } else if (event instanceof TopicEvent e) {
            after = topic(before, e, zone);
        } else if (event instanceof SupervisionEvent e) {
            after = supervision(before, e, zone);
        } else if (event instanceof SpecialSupervisorEvent e) {
            after = specialSupervisor(before, e, zone);
        }
        return new ActivitySource(
                after.sourceId(),
                after.type(),
                after.title(),
                after.status(),
                after.owner(),
                after.people(),
                after.subjectKind(),
                after.subjectId(),
                after.level(),
                after.count(),
                after.activities(),
                sequence);
    }

    private static ActivitySource clue(ActivitySource s, ClueEvent event, ZoneId zone) {
        String id = s.sourceId();
        String link = "/cases/" + id;
        if (event instanceof ClueRegistered e) {
            String member = e.attribution() == null ? null : e.attribution().member();
            ActivitySource registered = with(s, e.title(), ClueStatus.REGISTERED.name(), member, s.people());
            return member == null || member.isBlank()
                    ? registered
                    : add(
                            registered,
                            activity(
                                    member,
                                    ActivityKind.CLUE_RAISED,
                                    "raised",
                                    id,
                                    null,
                                    registered.status(),
                                    null,
                                    day(e.registeredAt(), zone),
                                    link));
        }
        if (event instanceof ClueClassified e) {
            return outcome(s, ClueStatus.afterClassification(e.route()).name());
        }
        if (event instanceof ClueAdopted e) {
            ActivitySource adopted = outcome(s, ClueStatus.ADOPTED.name());
            return add(
                    adopted,
                    activity(
                            e.adopter(),
                            ActivityKind.CLUE_ADOPTED,
                            "adopted",
                            id,
                            null,
                            adopted.status(),
                            null,
                            day(e.adoptedAt(), zone),
                            link));
        }
        if (event instanceof ClueConverted e) {
            return outcome(s, ClueStatus.CONVERTED.name());
        }
        // a converted, declined or merged clue is closed once its feedback is recorded; what it became stays
        if (event instanceof ClueClosed e) {
            return Set.of(ClueStatus.CONVERTED.name(), ClueStatus.DECLINED.name(), ClueStatus.MERGED.name())
                            .contains(s.status())
                    ? s
                    : outcome(s, ClueStatus.CLOSED.name());
        }
        return s;
    }

    private static ActivitySource proposal(ActivitySource s, ProposalEvent event, ZoneId zone) {
        String id = s.sourceId();
        String link = "/cases/" + id;
        if (event instanceof ProposalDrafted e) {
            return new ActivitySource(
                    id,
                    s.type(),
                    e.title(),
                    "DRAFT",
                    e.leadProposer(),
                    e.coSigners(),
                    e.kind().name(),
                    null,
                    null,
                    0,
                    List.of(),
                    s.version());
        }
        if (event instanceof ProposalSubmitted e) {
            ActivitySource submitted = outcome(s, "SUBMITTED");
            ActivityKind kind = ProposerKind.BODY.name().equals(s.subjectKind())
                    ? ActivityKind.PROPOSAL_COLLECTIVE
                    : ActivityKind.PROPOSAL_LEAD;
            return s.owner() == null
                    ? submitted
                    : add(
                            submitted,
                            activity(
                                    s.owner(),
                                    kind,
                                    "lead",
                                    id,
                                    null,
                                    "SUBMITTED",
                                    null,
                                    day(e.submittedAt(), zone),
                                    link));
        }
        if (event instanceof CoSignatureConfirmed e) {
            return add(
                    s,
                    activity(
                            e.confirmedBy().userId(),
                            ActivityKind.PROPOSAL_JOINT,
                            "joint",
                            id,
                            null,
                            s.status(),
                            null,
                            day(e.confirmedAt(), zone),
                            link));
        }
        if (event instanceof CoSigningClosed e) {
            return remove(
                    s,
                    a -> a.kind() == ActivityKind.PROPOSAL_JOINT
                            && !e.confirmed().contains(a.member()));
        }
        if (event instanceof CoSignerReplaced e) {
            return remove(
                    s,
                    a -> a.kind() == ActivityKind.PROPOSAL_JOINT && a.member().equals(e.replaced()));
        }
        if (event instanceof ProposalFiled e) {
            return outcome(s, FILED);
        }
        if (event instanceof ProposalNotFiled e) {
            return outcome(s, "NOT_FILED");
        }
        if (event instanceof ProposalWithdrawn e) {
            return outcome(s, "WITHDRAWN");
        }
        if (event instanceof ProposalConvertedToOpinionReport e) {
            return outcome(s, "CONVERTED_TO_OPINION_REPORT");
        }
        return s;
    }

    private static ActivitySource handling(ActivitySource s, HandlingEvent event, ZoneId zone) {
        if (event instanceof HandlingOpened e) {
            return new ActivitySource(
                    s.sourceId(),
                    s.type(),
                    null,
                    null,
                    e.department().toString(),
                    e.evaluators(),
                    e.sourceKind().name(),
                    e.sourceId(),
                    null,
                    0,
                    s.activities(),
                    s.version());
        }
        if (event instanceof HandlingReplied e) {
            if (!SourceKind.PROPOSAL.name().equals(s.subjectKind())) {
                return s;
            }
            ActivitySource replied = s;
            for (String evaluator : s.people()) {
                replied = add(
                        replied,
                        activity(
                                evaluator,
                                ActivityKind.PROPOSAL_REPLY,
                                "reply-" + e.round(),
                                s.subjectId(),
                                null,
                                e.outcome().name(),
                                s.owner(),
                                day(e.repliedAt(), zone),
                                "/cases/" + s.subjectId()));
            }
            return replied;
        }
        if (event instanceof EvaluationGiven e) {
            return SourceKind.PROPOSAL.name().equals(s.subjectKind())
                    ? add(
                            s,
                            activity(
                                    e.evaluatedBy().userId(),
                                    ActivityKind.PROPOSAL_EVALUATION,
                                    "evaluation-" + e.round(),
                                    s.subjectId(),
                                    null,
                                    e.result().name(),
                                    s.owner(),
                                    day(e.evaluatedAt(), zone),
                                    "/cases/" + s.subjectId()))
                    : s;
        }
        return s;
    }

    private static ActivitySource report(ActivitySource s, ReportEvent event, ZoneId zone) {
        String id = s.sourceId();
        String link = "/reports/" + id;
        if (event instanceof OpinionReportDrafted e) {
            return new ActivitySource(
                    id,
                    s.type(),
                    e.title(),
                    "DRAFT",
                    e.author(),
                    e.coAuthors(),
                    null,
                    null,
                    null,
                    0,
                    List.of(),
                    s.version());
        }
        if (event instanceof OpinionReportRevised e) {
            return with(s, e.title(), s.status(), s.owner(), s.people());
        }
        if (event instanceof OpinionReportSubmitted e) {
            ActivitySource submitted = outcomeOf(s, "SUBMITTED", ActivityKind.REPORT_SUBMITTED);
            if (s.activities().stream().anyMatch(a -> a.kind() == ActivityKind.REPORT_SUBMITTED)) {
                return submitted;
            }
            for (String writer : writers(e.author() != null ? e.author() : s.owner(), s.people())) {
                submitted = add(
                        submitted,
                        activity(
                                writer,
                                ActivityKind.REPORT_SUBMITTED,
                                "submitted",
                                id,
                                null,
                                "SUBMITTED",
                                null,
                                day(e.submittedAt(), zone),
                                link));
            }
            return submitted;
        }
        if (event instanceof OpinionReportReturned e) {
            return outcomeOf(s, "RETURNED", ActivityKind.REPORT_SUBMITTED);
        }
        if (event instanceof OpinionReportDeclined e) {
            return outcomeOf(s, "NOT_ADOPTED", ActivityKind.REPORT_SUBMITTED);
        }
        if (event instanceof OpinionReportForwarded e) {
            return outcomeOf(s, "FORWARDED", ActivityKind.REPORT_SUBMITTED);
        }
        if (event instanceof OpinionReportAdopted e) {
            String level = e.level() == null ? null : e.level().name();
            String author = e.author() != null ? e.author() : s.owner();
            List<String> coAuthors = e.coAuthors().isEmpty() ? s.people() : e.coAuthors();
            ActivitySource adopted = outcomeOf(
                    new ActivitySource(
                            id,
                            s.type(),
                            e.title() != null ? e.title() : s.title(),
                            s.status(),
                            author,
                            coAuthors,
                            null,
                            null,
                            level,
                            s.count(),
                            s.activities(),
                            s.version()),
                    "ADOPTED",
                    ActivityKind.REPORT_SUBMITTED);
            for (String writer : writers(author, coAuthors)) {
                adopted = add(
                        adopted,
                        activity(
                                writer,
                                ActivityKind.REPORT_ADOPTED,
                                "adopted",
                                id,
                                null,
                                null,
                                null,
                                day(e.adoptedAt(), zone),
                                link,
                                level));
            }
            return adopted;
        }
        if (event instanceof LeaderInstructionRecorded e) {
            int n = s.count() + 1;
            String level = e.level() != null ? e.level().name() : s.level();
            LocalDate on = e.instructedOn() != null ? e.instructedOn() : day(e.recordedAt(), zone);
            ActivitySource instructed = new ActivitySource(
                    id,
                    s.type(),
                    s.title(),
                    s.status(),
                    s.owner(),
                    s.people(),
                    null,
                    null,
                    s.level(),
                    n,
                    s.activities(),
                    s.version());
            for (String writer : writers(e.author() != null ? e.author() : s.owner(), s.people())) {
                instructed = add(
                        instructed,
                        activity(
                                writer,
                                ActivityKind.REPORT_INSTRUCTED,
                                "instruction-" + n,
                                id,
                                null,
                                null,
                                null,
                                on,
                                link,
                                level));
            }
            return instructed;
        }
        return s;
    }

    private static ActivitySource topic(ActivitySource s, TopicEvent event, ZoneId zone) {
        String id = s.sourceId();
        String link = "/consultations/" + id;
        if (event instanceof TopicCreated e) {
            ActivitySource created = with(s, e.title(), "PROPOSED", null, e.leadMembers());
            for (String lead : e.leadMembers()) {
                created = add(
                        created,
                        activity(
                                lead,
                                ActivityKind.CONSULTATION_LED,
                                "led",
                                id,
                                null,
                                "PROPOSED",
                                null,
                                day(e.createdAt(), zone),
                                link));
            }
            return created;
        }
        if (event instanceof TopicRefused e) {
            return outcomeOf(s, "REFUSED", ActivityKind.CONSULTATION_LED);
        }
        if (event instanceof TopicApproved e) {
            return outcomeOf(s, "APPROVED", ActivityKind.CONSULTATION_LED);
        }
        if (event instanceof ConsultationResultRecorded e) {
            return outcomeOf(s, "CONCLUDED", ActivityKind.CONSULTATION_LED);
        }
        if (event instanceof MeetingHeld e) {
            ActivitySource held = s;
            for (String member : e.attended().members()) {
                held = add(
                        held,
                        activity(
                                member,
                                ActivityKind.CONSULTATION_ATTENDED,
                                "meeting-" + e.heldOn(),
                                id,
                                null,
                                null,
                                null,
                                e.heldOn(),
                                link));
            }
            return held;
        }
        if (event instanceof OpinionSubmitted e) {
            return e.submittedBy() != null && e.submittedBy().role() == Role.MEMBER
                    ? add(
                            s,
                            activity(
                                    e.submittedBy().userId(),
                                    ActivityKind.ONLINE_OPINION,
                                    "opinion-" + e.number(),
                                    id,
                                    null,
                                    null,
                                    null,
                                    day(e.submittedAt(), zone),
                                    link))
                    : s;
        }
        return s;
    }

    private static ActivitySource supervision(ActivitySource s, SupervisionEvent event, ZoneId zone) {
        String id = s.sourceId();
        String link = "/supervision/" + id;
        if (event instanceof SupervisionEntryRegistered e) {
            return with(s, e.subject(), "UNDER_WAY", null, List.of());
        }
        if (event instanceof SupervisionTeamFormed e) {
            ActivitySource formed = with(
                    remove(
                            s,
                            a -> a.kind() == ActivityKind.SUPERVISION_TEAM
                                    && !e.members().contains(a.member())),
                    s.title(),
                    s.status(),
                    null,
                    e.members());
            for (String member : e.members()) {
                formed = add(
                        formed,
                        activity(
                                member,
                                ActivityKind.SUPERVISION_TEAM,
                                "team",
                                id,
                                null,
                                s.status(),
                                null,
                                day(e.formedAt(), zone),
                                link));
            }
            return formed;
        }
        if (event instanceof InspectionRecorded e) {
            ActivitySource inspected = s;
            for (String member : s.people()) {
                inspected = add(
                        inspected,
                        activity(
                                member,
                                ActivityKind.INSPECTION,
                                "inspection-" + e.n(),
                                id,
                                null,
                                e.kind().name(),
                                null,
                                e.heldOn(),
                                link));
            }
            return inspected;
        }
        if (event instanceof SupervisionEntryClosed e) {
            return outcomeOf(s, "CLOSED", ActivityKind.SUPERVISION_TEAM);
        }
        return s;
    }

    private static ActivitySource specialSupervisor(ActivitySource s, SpecialSupervisorEvent event, ZoneId zone) {
        String member = s.sourceId();
        if (event instanceof SpecialSupervisorAppointed e) {
            return add(
                    s,
                    activity(
                            member,
                            ActivityKind.SPECIAL_SUPERVISOR,
                            "appointed-" + e.termStart(),
                            null,
                            null,
                            null,
                            e.department().toString(),
                            day(e.appointedAt(), zone),
                            "/supervision/supervisors"));
        }
        if (event instanceof SupervisorFindingRecorded e) {
            return add(
                    s,
                    activity(
                            member,
                            ActivityKind.SUPERVISOR_FINDING,
                            "finding-" + e.n(),
                            null,
                            e.subject(),
                            e.route().name(),
                            e.department().toString(),
                            e.observedOn() != null ? e.observedOn() : day(e.recordedAt(), zone),
                            "/supervision/"
                                    + SupervisionId.derivedFrom(
                                                    "finding:" + e.source().id())
                                            .value()));
        }
        return s;
    }

    private static List<String> writers(String author, List<String> coAuthors) {
        Set<String> writers = new LinkedHashSet<>();
        if (author != null && !author.isBlank()) {
            writers.add(author);
        }
        coAuthors.stream().filter(c -> c != null && !c.isBlank()).forEach(writers::add);
        return List.copyOf(writers);
    }

    private static MemberActivity activity(
            String member,
            ActivityKind kind,
            String key,
            String subjectId,
            String title,
            String outcome,
            String department,
            LocalDate on,
            String link) {
        return activity(member, kind, key, subjectId, title, outcome, department, on, link, null);
    }

    private static MemberActivity activity(
            String member,
            ActivityKind kind,
            String key,
            String subjectId,
            String title,
            String outcome,
            String department,
            LocalDate on,
            String link,
            String level) {
        return new MemberActivity(member, kind, key, subjectId, title, level, outcome, department, on, link);
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }

    private static ActivitySource with(
            ActivitySource s, String title, String status, String owner, List<String> people) {
        return new ActivitySource(
                s.sourceId(),
                s.type(),
                title,
                status,
                owner,
                people,
                s.subjectKind(),
                s.subjectId(),
                s.level(),
                s.count(),
                s.activities(),
                s.version());
    }

    /** Adds an activity, replacing one of the same member, kind and key (the same fact told again). */
    private static ActivitySource add(ActivitySource s, MemberActivity activity) {
        List<MemberActivity> activities = new ArrayList<>(s.activities());
        activities.removeIf(a -> a.member().equals(activity.member())
                && a.kind() == activity.kind()
                && a.key().equals(activity.key()));
        activities.add(activity);
        return activities(s, activities);
    }

    private static ActivitySource remove(ActivitySource s, Predicate<MemberActivity> gone) {
        List<MemberActivity> activities = new ArrayList<>(s.activities());
        activities.removeIf(gone);
        return activities(s, activities);
    }

    /** The source's status, carried by every activity that states the source's outcome. */
    private static ActivitySource outcome(ActivitySource s, String status) {
        return map(with(s, s.title(), status, s.owner(), s.people()), a -> a.withOutcome(status));
    }

    private static ActivitySource outcomeOf(ActivitySource s, String status, ActivityKind kind) {
        return map(
                with(s, s.title(), status, s.owner(), s.people()), a -> a.kind() == kind ? a.withOutcome(status) : a);
    }

    private static ActivitySource map(ActivitySource s, UnaryOperator<MemberActivity> change) {
        return activities(s, s.activities().stream().map(change).toList());
    }

    private static ActivitySource activities(ActivitySource s, List<MemberActivity> activities) {
        return new ActivitySource(
                s.sourceId(),
                s.type(),
                s.title(),
                s.status(),
                s.owner(),
                s.people(),
                s.subjectKind(),
                s.subjectId(),
                s.level(),
                s.count(),
                activities,
                s.version());
    }
}
