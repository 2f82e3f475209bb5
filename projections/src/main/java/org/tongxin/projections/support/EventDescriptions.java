package org.tongxin.projections.support;

import java.time.Period;
import org.tongxin.engine.accesstoken.AccessTokenIssued;
import org.tongxin.engine.accesstoken.AccessTokenRevoked;
import org.tongxin.engine.attachment.AttachmentAdded;
import org.tongxin.engine.attachment.AttachmentEvent;
import org.tongxin.engine.bulletin.BulletinCompiled;
import org.tongxin.engine.bulletin.BulletinPublished;
import org.tongxin.engine.calendaryear.CalendarYearConfirmed;
import org.tongxin.engine.calendaryear.CalendarYearRevised;
import org.tongxin.engine.clue.ClueAbsorbed;
import org.tongxin.engine.clue.ClueAdopted;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.clue.SubmitterErased;
import org.tongxin.engine.consultation.ConsultationResultRecorded;
import org.tongxin.engine.consultation.DepartmentAskedAgain;
import org.tongxin.engine.consultation.FollowUpClosed;
import org.tongxin.engine.consultation.MeetingHeld;
import org.tongxin.engine.consultation.MeetingScheduled;
import org.tongxin.engine.consultation.OnlineParticipationClosed;
import org.tongxin.engine.consultation.OpinionGiverErased;
import org.tongxin.engine.consultation.OpinionHidden;
import org.tongxin.engine.consultation.OpinionPublished;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.ResearchVisitRecorded;
import org.tongxin.engine.consultation.SuggestionAnswered;
import org.tongxin.engine.consultation.SuggestionItemized;
import org.tongxin.engine.consultation.SuggestionsTransferred;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.consultation.TopicRefused;
import org.tongxin.engine.design.DraftRehearsed;
import org.tongxin.engine.design.ProcessInstancesMigrated;
import org.tongxin.engine.design.ProcessVersionDeployed;
import org.tongxin.engine.handling.CoHandlerOpinionReceived;
import org.tongxin.engine.handling.CoHandlerOpinionSent;
import org.tongxin.engine.handling.CoHandlerOpinionsComplete;
import org.tongxin.engine.handling.EscalatedToSupervision;
import org.tongxin.engine.handling.EvaluationGiven;
import org.tongxin.engine.handling.EvaluationWindowClosed;
import org.tongxin.engine.handling.ExtensionApproved;
import org.tongxin.engine.handling.ExtensionRejected;
import org.tongxin.engine.handling.ExtensionRequested;
import org.tongxin.engine.handling.HandlingClosed;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingOverdue;
import org.tongxin.engine.handling.HandlingReassigned;
import org.tongxin.engine.handling.HandlingReceived;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.OverdueFollowedUp;
import org.tongxin.engine.handling.PreHandlingContactLogged;
import org.tongxin.engine.handling.RehandleStarted;
import org.tongxin.engine.handling.ReplyReminderSent;
import org.tongxin.engine.handling.ReturnRejected;
import org.tongxin.engine.handling.ReturnRequested;
import org.tongxin.engine.operations.IncidentRetried;
import org.tongxin.engine.proposal.CoSignatureConfirmed;
import org.tongxin.engine.proposal.CoSignatureDeclined;
import org.tongxin.engine.proposal.CoSignerReplaced;
import org.tongxin.engine.proposal.CoSigningClosed;
import org.tongxin.engine.proposal.DepartmentReassigned;
import org.tongxin.engine.proposal.HandlingClosureRecorded;
import org.tongxin.engine.proposal.HandlingVoteRecorded;
import org.tongxin.engine.proposal.KeyProposalDesignated;
import org.tongxin.engine.proposal.KeyProposalMeetingRecorded;
import org.tongxin.engine.proposal.ProposalAssigned;
import org.tongxin.engine.proposal.ProposalClosed;
import org.tongxin.engine.proposal.ProposalConvertedToOpinionReport;
import org.tongxin.engine.proposal.ProposalDraftEdited;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposalFiled;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.proposal.ProposalWithdrawn;
import org.tongxin.engine.proposal.SupervisionResultRecorded;
import org.tongxin.engine.report.InstructionReplyRecorded;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.report.OpinionReportDeclined;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportForwarded;
import org.tongxin.engine.report.OpinionReportIncludedInBulletin;
import org.tongxin.engine.report.OpinionReportReturned;
import org.tongxin.engine.report.OpinionReportRevised;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.engine.report.ReportReviewReminded;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.engine.supervision.InspectionRecorded;
import org.tongxin.engine.supervision.RectificationAnswered;
import org.tongxin.engine.supervision.RectificationOrdered;
import org.tongxin.engine.supervision.RectificationVerified;
import org.tongxin.engine.supervision.SpecialSupervisorAppointed;
import org.tongxin.engine.supervision.SpecialSupervisorTermEnded;
import org.tongxin.engine.supervision.SupervisionEntryClosed;
import org.tongxin.engine.supervision.SupervisionEntryRegistered;
import org.tongxin.engine.supervision.SupervisionTeamFormed;
import org.tongxin.engine.supervision.SupervisorFindingRecorded;

/**
 * What the history and the audit log say of one event, as a {@link Phrase}: the key {@code event.<EventType>} and
 * the event's chosen fields as arguments, coded values as keys of their own, so each reader gets it in their language.
 * Built from chosen fields only: the submitter of a clue (name, phone) is never among them, and neither are long texts
 * (replies, opinions, notes), which the case view shows to those allowed to read them.
 */
public final class EventDescriptions {

    private static final int QUOTE_MAX = 60;

    private EventDescriptions() {}

    /** The message key of an event type's name, e.g. {@code event.type.ClueRegistered}. */
    public static String typeKey(String eventType) {
        return "event.type." + eventType;
    }

    public static Phrase describe(Object event) {
        if (event == null) {
            return Phrase.text("");
        }
        String key = "event." + event.getClass().getSimpleName();
        if (event instanceof AttachmentEvent e) {
            return describeAttachment(key, e);
        }
        if (event instanceof ClueRegistered e) {
            return Phrase.of(key, quote(e.title()), Phrase.code("clue.source.", e.source()));
        } else if (event instanceof SubmitterErased e) {
            return Phrase.of(key, quote(e.reason()));
        } else if (event instanceof ClueClassified e) {
            if (e.declineGround() != null) {
                return Phrase.of(
                        key + ".declined",
                        quote(e.category()),
                        Phrase.code("clue.declineGround.", e.declineGround()),
                        quote(e.redirectedTo()));
            }
            if (e.mergeInto() != null) {
                return Phrase.of(key + ".merged", quote(e.category()));
            }
            return Phrase.of(key, quote(e.category()), Phrase.code("clue.route.", e.route()));
        } else if (event instanceof ClueAbsorbed e) {
            return Phrase.of(key);
        } else if (event instanceof ClueAdopted e) {
            return Phrase.of(key, person(e.adopter()));
        } else if (event instanceof ClueConverted e) {
            return Phrase.of(key, Phrase.code("clue.targetKind.", e.target()));
        } else if (event instanceof FeedbackRecorded e) {
            return Phrase.of(key, quote(e.summary()));
        } else if (event instanceof ClueClosed e) {
            return Phrase.of(key, Phrase.code("clue.status.", e.outcome()));
        } else if (event instanceof ProposalDrafted e && e.channelOrOnline().onBehalf()) {
            return Phrase.of(
                    key + ".onBehalf",
                    quote(e.title()),
                    person(e.leadProposer()),
                    Phrase.code("proposal.channel.", e.channel()));
        } else if (event instanceof ProposalDraftEdited e) {
            return Phrase.of(key, quote(e.title()), e.coSigners().size());
        } else if (event instanceof ProposalDrafted e) {
            return Phrase.of(
                    key,
                    quote(e.title()),
                    person(e.leadProposer()),
                    e.coSigners().size());
        } else if (event instanceof ProposalSubmitted e) {
            return e.coSignerConfirmationDue() == null
                    ? Phrase.of(key)
                    : Phrase.of(key + ".coSigning", Phrase.date(e.coSignerConfirmationDue()));
        } else if (event instanceof CoSignatureConfirmed e) {
            return Phrase.of(key, person(e.confirmedBy().userId()));
        } else if (event instanceof CoSignatureDeclined e) {
            return Phrase.of(key, person(e.declinedBy().userId()));
        } else if (event instanceof CoSignerReplaced e) {
            return Phrase.of(key, person(e.replaced()), person(e.replacement()), quote(e.reason()));
        } else if (event instanceof CoSigningClosed e) {
            return Phrase.of(key, e.confirmed().size(), e.dropped().size());
        } else if (event instanceof ProposalWithdrawn e) {
            return Phrase.of(key);
        } else if (event instanceof ProposalFiled e) {
            return Phrase.of(key, quote(e.category()));
        } else if (event instanceof ProposalNotFiled e) {
            return Phrase.of(
                    key,
                    Phrase.code("proposal.notFiledGround.", e.ground()),
                    Phrase.code("proposal.disposition.", e.disposition()));
        } else if (event instanceof ProposalConvertedToOpinionReport e) {
            return Phrase.of(key);
        } else if (event instanceof KeyProposalDesignated e) {
            return Phrase.of(key, person(e.supervisingLeader()));
        } else if (event instanceof ProposalAssigned e) {
            return Phrase.of(
                    key,
                    Phrase.code("handling.mode.", e.mode()),
                    Phrase.list(e.handlings().stream()
                            .map(h -> Phrase.of(
                                    "event.handlingOf",
                                    department(h.department().value()),
                                    Phrase.code("handling.role.", h.role())))
                            .toList()),
                    Phrase.date(e.replyDue()));
        } else if (event instanceof DepartmentReassigned e) {
            return Phrase.of(
                    key,
                    department(e.fromDepartment().value()),
                    department(e.toDepartment().value()),
                    Phrase.date(e.replyDue()));
        } else if (event instanceof HandlingClosureRecorded e) {
            // an opinion-only co-handling closes without an outcome class of its own
            Phrase outcome = e.outcome() == null || e.outcome().outcomeClass() == null
                    ? Phrase.of("event.noOutcome")
                    : Phrase.code("outcome.", e.outcome().outcomeClass());
            boolean escalated = e.outcome() != null && e.outcome().escalatedToSupervision();
            return Phrase.of(
                    key + (escalated ? ".escalated" : ""),
                    department(e.department().value()),
                    outcome);
        } else if (event instanceof HandlingVoteRecorded e) {
            return Phrase.of(
                    key,
                    e.satisfied(),
                    e.basicallySatisfied(),
                    e.unsatisfied(),
                    e.abstained(),
                    e.voters(),
                    Phrase.code("vote.result.", e.result()));
        } else if (event instanceof KeyProposalMeetingRecorded e) {
            return Phrase.of(
                    key,
                    Phrase.date(e.heldOn()),
                    Phrase.list(e.departments().stream()
                            .map(d -> department(d.value()))
                            .toList()));
        } else if (event instanceof SupervisionResultRecorded e) {
            return Phrase.of(key, e.result(), e.sourceClues().size());
        } else if (event instanceof ProposalClosed e) {
            return Phrase.of(key, e.sourceClues().size());
        } else if (event instanceof HandlingOpened e) {
            return Phrase.of(
                    key,
                    department(e.department().value()),
                    Phrase.code("handling.role.", e.role()),
                    Phrase.date(e.replyDue()));
        } else if (event instanceof HandlingReceived e) {
            return Phrase.of(key);
        } else if (event instanceof ReturnRequested e) {
            return e.suggestedDepartment() == null
                    ? Phrase.of(key)
                    : Phrase.of(
                            key + ".suggested",
                            department(e.suggestedDepartment().value()));
        } else if (event instanceof ReturnRejected e) {
            return Phrase.of(key, e.workingDaysPaused(), Phrase.date(e.replyDue()));
        } else if (event instanceof HandlingReassigned e) {
            // after an upheld return or the office's correction of a wrong assignment; the note says which and why
            return e.note() == null
                    ? Phrase.of(key, department(e.newDepartment().value()))
                    : Phrase.of(key + ".note", department(e.newDepartment().value()), quote(e.note()));
        } else if (event instanceof PreHandlingContactLogged e) {
            return Phrase.of(key + (e.late() ? ".late" : ""), Phrase.code("handling.contact.", e.method()));
        } else if (event instanceof CoHandlerOpinionSent e) {
            return Phrase.of(key + (e.late() ? ".late" : ""));
        } else if (event instanceof CoHandlerOpinionReceived e) {
            return Phrase.of(key, department(e.fromDepartment().value()));
        } else if (event instanceof ExtensionRequested e) {
            return Phrase.of(key, period(e.extension()));
        } else if (event instanceof ExtensionApproved e) {
            return Phrase.of(key, period(e.extension()), Phrase.date(e.replyDue()));
        } else if (event instanceof ExtensionRejected e) {
            return Phrase.of(key, Phrase.date(e.replyDue()));
        } else if (event instanceof HandlingReplied e) {
            return Phrase.of(key + (e.late() ? ".late" : ""), e.round(), Phrase.code("outcome.", e.outcome()));
        } else if (event instanceof HandlingOverdue e) {
            return Phrase.of(key, Phrase.date(e.replyDue()));
        } else if (event instanceof OverdueFollowedUp e) {
            return Phrase.of(key, e.round());
        } else if (event instanceof ReplyReminderSent e) {
            return Phrase.of(key, Phrase.date(e.replyDue()));
        } else if (event instanceof EvaluationGiven e) {
            return Phrase.of(
                    key,
                    person(e.evaluatedBy().userId()),
                    e.round(),
                    Phrase.code("satisfaction.", e.handlingWork()),
                    Phrase.code("satisfaction.", e.result()));
        } else if (event instanceof EvaluationWindowClosed e) {
            return Phrase.of(key, e.notEvaluated().size());
        } else if (event instanceof RehandleStarted e) {
            return Phrase.of(key, e.round(), Phrase.date(e.replyDue()));
        } else if (event instanceof EscalatedToSupervision e) {
            return Phrase.of(key);
        } else if (event instanceof HandlingClosed e) {
            Phrase outcome = e.outcome() == null ? Phrase.of("event.noOutcome") : Phrase.code("outcome.", e.outcome());
            return Phrase.of(key + (e.escalated() ? ".escalated" : ""), outcome);
        } else if (event instanceof OpinionReportDrafted e) {
            return Phrase.of(key, quote(e.title()));
        } else if (event instanceof OpinionReportSubmitted e) {
            return Phrase.of(key);
        } else if (event instanceof OpinionReportAdopted e) {
            if (e.level() == null) {
                return Phrase.of(key, quote(e.bulletinIssue()));
            }
            return Phrase.of(key + (e.edited() ? ".edited" : ".level"), Phrase.code("report.level.", e.level()));
        } else if (event instanceof OpinionReportDeclined e) {
            return e.ground() == null
                    ? Phrase.of(key)
                    : Phrase.of(key + ".ground", Phrase.code("report.declineGround.", e.ground()));
        } else if (event instanceof OpinionReportRevised e) {
            return Phrase.of(key, e.version());
        } else if (event instanceof OpinionReportReturned e) {
            return Phrase.of(key, e.round(), quote(e.reason()));
        } else if (event instanceof OpinionReportForwarded e) {
            return Phrase.of(key, quote(e.channel()));
        } else if (event instanceof ReportReviewReminded e) {
            return Phrase.of(key, Phrase.date(e.dueOn()));
        } else if (event instanceof OpinionReportIncludedInBulletin e) {
            return Phrase.of(key, quote(e.issueLabel()));
        } else if (event instanceof BulletinCompiled e) {
            return Phrase.of(key, quote(e.label()), e.reports().size());
        } else if (event instanceof BulletinPublished e) {
            return Phrase.of(key, e.recipients().size());
        } else if (event instanceof AccessTokenIssued e) {
            return Phrase.of(key, quote(e.name()), Phrase.code("token.scope.", e.scope()));
        } else if (event instanceof AccessTokenRevoked e) {
            return e.revokedBy().userId().equals(e.owner())
                    ? Phrase.of(key)
                    : Phrase.of(key + ".byOther", person(e.owner()));
        } else if (event instanceof ProcessVersionDeployed e) {
            return Phrase.of(
                    key,
                    Phrase.code("process.", e.processKey().value()),
                    e.version(),
                    quote(e.draftTitle()),
                    e.added(),
                    e.removed(),
                    e.changed());
        } else if (event instanceof DraftRehearsed e) {
            return Phrase.of(
                    key,
                    Phrase.code("process.", e.processKey().value()),
                    quote(e.draftTitle()),
                    e.cases(),
                    e.samePath(),
                    e.wentDifferently(),
                    e.gotStuck());
        } else if (event instanceof ProcessInstancesMigrated e) {
            return Phrase.of(
                    key,
                    Phrase.code("process.", e.processKey().value()),
                    e.fromVersion(),
                    e.toVersion(),
                    e.migrated(),
                    e.failed());
        } else if (event instanceof CalendarYearRevised e) {
            return Phrase.of(
                    key,
                    e.key().year(),
                    e.revision(),
                    e.holidays().size(),
                    e.workdays().size(),
                    quote(e.source()));
        } else if (event instanceof CalendarYearConfirmed e) {
            return Phrase.of(key, e.key().year(), e.revision());
        } else if (event instanceof LeaderInstructionRecorded e && e.level() != null) {
            return e.handlings().isEmpty()
                    ? Phrase.of(key + ".level", person(e.leader()), Phrase.code("report.level.", e.level()))
                    : Phrase.of(
                            key + ".level.transferred",
                            person(e.leader()),
                            Phrase.code("report.level.", e.level()),
                            e.handlings().size());
        } else if (event instanceof LeaderInstructionRecorded e) {
            return e.handlings().isEmpty()
                    ? Phrase.of(key, person(e.leader()))
                    : Phrase.of(
                            key + ".transferred",
                            person(e.leader()),
                            e.handlings().size());
        } else if (event instanceof InstructionReplyRecorded e) {
            return Phrase.of(key, department(e.handlingId().department().value()));
        } else if (event instanceof CoHandlerOpinionsComplete e) {
            return Phrase.of(key, e.received());
        } else if (event instanceof TopicEvent e) {
            return describeTopic(key, e);
        }
        return describeSupervision(event, key);
    }

    private static Phrase describeSupervision(Object event, String key) {
        if (event instanceof SupervisionEntryRegistered e) {
            return Phrase.of(key, quote(e.subject()), Phrase.code("supervision.type.", e.type()));
        } else if (event instanceof SupervisionTeamFormed e) {
            return Phrase.of(
                    key,
                    e.members().size(),
                    e.governmentInspectionOffice() ? Phrase.of(key + ".joint") : Phrase.text(""));
        } else if (event instanceof InspectionRecorded e) {
            return Phrase.of(
                    key,
                    Phrase.code("supervision.activity.", e.kind()),
                    quote(e.places()),
                    e.findings().size());
        } else if (event instanceof RectificationOrdered e) {
            return Phrase.of(key, e.findingNo(), department(e.department().value()), e.round());
        } else if (event instanceof RectificationAnswered e) {
            return Phrase.of(key, department(e.handlingId().department().value()));
        } else if (event instanceof RectificationVerified e) {
            return Phrase.of(key, Phrase.code("supervision.rectification.", e.verdict()));
        } else if (event instanceof SupervisionEntryClosed e) {
            return Phrase.of(key, e.accepted(), e.unresolved());
        } else if (event instanceof SpecialSupervisorAppointed e) {
            return Phrase.of(key, department(e.department().value()), Phrase.date(e.termEnd()));
        } else if (event instanceof SpecialSupervisorTermEnded e) {
            return Phrase.of(key, department(e.department().value()));
        } else if (event instanceof SupervisorFindingRecorded e) {
            return Phrase.of(
                    key,
                    department(e.department().value()),
                    quote(e.subject()),
                    Phrase.code("supervision.route.", e.route()));
        } else if (event instanceof IncidentRetried e) {
            return Phrase.of(key, quote(e.caseTitle()), quote(e.activity()), quote(e.error()));
        }
        return Phrase.of("event.other");
    }

    /** A consultation topic's step; a public opinion is described without the person's name or phone. */
    private static Phrase describeTopic(String key, TopicEvent event) {
        if (event instanceof TopicCreated e) {
            return Phrase.of(key, quote(e.title()), Phrase.code("consultation.kind.", e.kind()));
        } else if (event instanceof TopicRefused e) {
            return Phrase.of(key, quote(e.reason()));
        } else if (event instanceof ResearchVisitRecorded e) {
            return Phrase.of(key, quote(e.place()));
        } else if (event instanceof MeetingScheduled e) {
            return Phrase.of(key, Phrase.date(e.meetingOn()), quote(e.place()));
        } else if (event instanceof MeetingHeld e) {
            return Phrase.of(key, Phrase.date(e.heldOn()), e.attended().headcount());
        } else if (event instanceof SuggestionItemized e) {
            return Phrase.of(key, e.number(), quote(e.text()));
        } else if (event instanceof SuggestionsTransferred e) {
            return Phrase.of(key, e.handlings().size());
        } else if (event instanceof SuggestionAnswered e) {
            return Phrase.of(
                    key, department(e.department().value()), Phrase.code("consultation.adoption.", e.adoption()));
        } else if (event instanceof DepartmentAskedAgain e) {
            return Phrase.of(key, department(e.handlingId().department().value()));
        } else if (event instanceof FollowUpClosed e) {
            return e.allAnswered() ? Phrase.of(key + ".allAnswered") : Phrase.of(key, quote(e.reason()));
        } else if (event instanceof ConsultationResultRecorded e) {
            return Phrase.of(key, e.adopted(), e.answers());
        } else if (event instanceof OpinionSubmitted e) {
            return Phrase.of(key, e.number());
        } else if (event instanceof OpinionPublished e) {
            return Phrase.of(key, e.opinion());
        } else if (event instanceof OpinionHidden e) {
            return Phrase.of(key, e.opinion(), quote(e.reason()));
        } else if (event instanceof OnlineParticipationClosed e) {
            return Phrase.of(key, e.opinions());
        } else if (event instanceof OpinionGiverErased e) {
            return Phrase.of(key, e.opinion(), quote(e.reason()));
        }
        return Phrase.of(key);
    }

    /** A file by its name and what it is for; its bytes and uploader's contact never. */
    private static Phrase describeAttachment(String key, AttachmentEvent event) {
        if (event instanceof AttachmentAdded e) {
            return Phrase.of(key, quote(e.file().fileName()), Phrase.code("attachment.purpose.", e.purpose()));
        }
        return Phrase.of(key);
    }

    /** A department by its code's key; the reader's bundle names it. */
    public static Phrase department(String code) {
        return Phrase.code("dept.", code);
    }

    /**
     * A person by account id, as a {@code person.<id>} key whose fallback is the id itself: the renderer names the
     * person where it knows them.
     */
    public static Phrase person(String userId) {
        return Phrase.of("person", userId == null ? "" : userId);
    }

    private static Phrase period(Period p) {
        if (p == null) {
            return Phrase.text("");
        }
        if (p.getDays() == 0 && p.getYears() == 0) {
            return Phrase.of("period.months", p.getMonths());
        }
        return Phrase.of("period.days", p.toTotalMonths() * 30 + p.getDays());
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= QUOTE_MAX
                ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTE_MAX)) + "…";
    }
}
