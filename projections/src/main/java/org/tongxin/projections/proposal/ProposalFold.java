package org.tongxin.projections.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.proposal.AssignedHandling;
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
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.engine.proposal.ProposalFiled;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalMerged;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.proposal.ProposalStatus;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.proposal.ProposalWithdrawn;

/**
 * Applies one proposal event to a {@link ProposalView}: the single piece of code behind the live read model and the
 * as-of view. Pure: the result depends on the view and the event only. An event at or below the view's version was
 * folded in already and leaves the view as it is (the same instance), which makes redelivery and replay harmless.
 */
public final class ProposalFold {

    static final String PENDING = "PENDING";
    static final String CONFIRMED = "CONFIRMED";
    static final String DECLINED = "DECLINED";
    static final String DROPPED = "DROPPED";
    static final String OPEN = "OPEN";
    static final String RETURNED = "RETURNED";
    static final String CLOSED = "CLOSED";

    private ProposalFold() {}

    /**
     * @param view the view so far, null before the proposal's first event
     * @param sequence the event's sequence number in the proposal's stream
     */
    public static ProposalView apply(ProposalView view, ProposalEvent event, long sequence) {
        if (view == null && !(event instanceof ProposalDrafted)) {
            // a stream always starts with its draft; anything else is not this proposal's beginning
            return null;
        }
        if (view != null && sequence <= view.version()) {
            return view;
        }
        ProposalView.Builder b = view == null ? new ProposalView.Builder() : view.toBuilder();
        b.version = sequence;
        if (event instanceof ProposalDrafted e) {
            b.proposalId = e.proposalId().value();
            b.title = e.title();
            b.content = e.content();
            b.kind = e.kind().name();
            b.leadProposer = e.leadProposer();
            b.bodyType = e.body() == null || e.body().type() == null
                    ? null
                    : e.body().type().name();
            b.bodyName = e.body() == null ? null : e.body().name();
            b.coSigners = e.coSigners().stream()
                    .map(c -> new CoSigner(c, PENDING, null))
                    .toList();
            b.sourceClues = e.sourceClues().stream().map(ClueId::value).toList();
            b.status = ProposalStatus.DRAFT.name();
            b.draftedAt = e.draftedAt();
            b.category = e.category();
            b.suggestions = e.suggestions();
            b.channel = e.channel() == null ? null : e.channel().name();
            b.draftedBy = e.draftedBy().userId();
        } else if (event instanceof ProposalDraftEdited e) {
            b.title = e.title();
            b.content = e.content();
            b.category = e.category();
            b.suggestions = e.suggestions();
            b.kind = e.kind().name();
            b.coSigners = e.coSigners().stream()
                    .map(c -> new CoSigner(c, PENDING, null))
                    .toList();
            b.editedAt = e.editedAt();
        } else if (event instanceof ProposalSubmitted e) {
            b.status = ProposalStatus.afterSubmission(e.kind()).name();
            b.coSignerConfirmationDue = e.coSignerConfirmationDue();
            b.submittedAt = e.submittedAt();
        } else if (event instanceof CoSignatureConfirmed e) {
            b.coSigners = respond(b.coSigners, e.confirmedBy().userId(), CONFIRMED, e.confirmedAt());
        } else if (event instanceof CoSignatureDeclined e) {
            b.coSigners = respond(b.coSigners, e.declinedBy().userId(), DECLINED, e.declinedAt());
        } else if (event instanceof CoSignerReplaced e) {
            b.coSigners = b.coSigners.stream()
                    .map(c -> c.userId().equals(e.replaced()) ? new CoSigner(e.replacement(), PENDING, null) : c)
                    .toList();
        } else if (event instanceof CoSigningClosed e) {
            b.status = ProposalStatus.IN_FILING_REVIEW.name();
            b.coSigners = b.coSigners.stream()
                    .map(c -> c.response().equals(PENDING) ? new CoSigner(c.userId(), DROPPED, null) : c)
                    .toList();
        } else if (event instanceof ProposalWithdrawn e) {
            b.status = ProposalStatus.WITHDRAWN.name();
            b.endNote = e.reason();
            b.endedAt = e.withdrawnAt();
        } else if (event instanceof ProposalFiled e) {
            b.status = ProposalStatus.FILED.name();
            b.category = e.category();
            b.filedAt = e.filedAt();
            b.number = e.number();
        } else if (event instanceof ProposalNotFiled e) {
            b.status = ProposalStatus.NOT_FILED.name();
            b.notFiledGround = e.ground().name();
            b.notFiledDisposition = e.disposition().name();
            b.forwardedTo = e.forwardedTo();
            b.endNote = e.note();
            b.endedAt = e.decidedAt();
        } else if (event instanceof ProposalMerged e) {
            b.status = ProposalStatus.NOT_FILED.name();
            b.mergedInto = e.into().value();
            b.mergedIntoLabel = e.intoLabel();
            b.endNote = e.note();
            b.endedAt = e.decidedAt();
        } else if (event instanceof ProposalConvertedToOpinionReport e) {
            b.status = ProposalStatus.CONVERTED_TO_OPINION_REPORT.name();
            b.endNote = e.note();
            b.endedAt = e.convertedAt();
        } else if (event instanceof KeyProposalDesignated e) {
            b.keyProposal = true;
            b.supervisingLeader = e.supervisingLeader();
        } else if (event instanceof ProposalAssigned e) {
            b.status = ProposalStatus.ASSIGNED.name();
            b.mode = e.mode().name();
            b.mergedWith = e.mergedWith().stream().map(ProposalId::value).toList();
            List<HandlingRef> handlings = new ArrayList<>(b.handlings);
            for (AssignedHandling h : e.handlings()) {
                handlings.add(new HandlingRef(
                        h.handlingId(), h.department().value(), h.role().name(), OPEN, null, false));
            }
            b.handlings = handlings;
            b.evaluators = e.evaluators();
            b.assignedOn = e.assignedOn();
            b.replyDue = e.replyDue();
            b.assignedAt = e.assignedAt();
        } else if (event instanceof DepartmentReassigned e) {
            List<HandlingRef> handlings =
                    new ArrayList<>(map(b.handlings, e.fromHandlingId(), h -> withState(h, RETURNED, null, false)));
            handlings.add(new HandlingRef(
                    e.newHandlingId(), e.toDepartment().value(), e.role().name(), OPEN, null, false));
            b.handlings = handlings;
        } else if (event instanceof HandlingClosureRecorded e) {
            b.handlings = map(
                    b.handlings,
                    e.handlingId(),
                    h -> withState(
                            h,
                            CLOSED,
                            outcomeOf(e),
                            e.outcome() != null && e.outcome().escalatedToSupervision()));
        } else if (event instanceof HandlingVoteRecorded e) {
            b.vote = new Vote(
                    e.satisfied(),
                    e.basicallySatisfied(),
                    e.unsatisfied(),
                    e.abstained(),
                    e.recordedAt(),
                    e.voters(),
                    e.result().name(),
                    e.recordedBy().userId());
        } else if (event instanceof KeyProposalMeetingRecorded e) {
            List<KeyMeeting> meetings = new ArrayList<>(b.meetings);
            meetings.add(new KeyMeeting(
                    e.heldOn(),
                    e.participants(),
                    e.departments().stream().map(d -> d.value()).toList(),
                    e.agreed(),
                    e.recordedBy().userId(),
                    e.recordedAt()));
            // held-on order, whatever order they were recorded in (a meeting may be entered days later)
            meetings.sort(Comparator.comparing(KeyMeeting::heldOn));
            b.meetings = meetings;
        } else if (event instanceof ProposalClosed e) {
            b.status = ProposalStatus.CLOSED.name();
            b.endedAt = e.closedAt();
        }
        return b.build();
    }

    private static List<CoSigner> respond(List<CoSigner> coSigners, String userId, String response, Instant at) {
        return coSigners.stream()
                .map(c -> c.userId().equals(userId) ? new CoSigner(userId, response, at) : c)
                .toList();
    }

    private static List<HandlingRef> map(List<HandlingRef> handlings, String id, UnaryOperator<HandlingRef> change) {
        return handlings.stream()
                .map(h -> h.handlingId().equals(id) ? change.apply(h) : h)
                .toList();
    }

    /** A co-handler's handling closes once its opinion is sent and has no outcome class of its own. */
    private static String outcomeOf(HandlingClosureRecorded e) {
        return e.outcome() == null || e.outcome().outcomeClass() == null
                ? null
                : e.outcome().outcomeClass().name();
    }

    private static HandlingRef withState(HandlingRef h, String state, String outcome, boolean escalated) {
        return new HandlingRef(h.handlingId(), h.department(), h.role(), state, outcome, escalated);
    }
}
