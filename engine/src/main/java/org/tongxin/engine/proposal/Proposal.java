package org.tongxin.engine.proposal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

@AggregateRoot
class Proposal {

    /** A filing number: the year and the count within it, e.g. {@code 2026-0042}. */
    static final String FILING_NUMBER = "\\d{4}-\\d{4,6}";

    /** Where a proposal may stand for another to be merged into it: under filing review, or filed and not closed. */
    private static final Set<ProposalStatus> MERGEABLE_INTO = EnumSet.of(
            ProposalStatus.AWAITING_CO_SIGNERS,
            ProposalStatus.IN_FILING_REVIEW,
            ProposalStatus.FILED,
            ProposalStatus.ASSIGNED);

    @AggregateIdentifier
    private ProposalId id;

    private ProposalStatus status;
    private ProposerKind kind;
    private String leadProposer;
    /** Entered by the proposal office on the proposer's behalf, so the office may submit, edit and withdraw it. */
    private boolean enteredByOffice;

    private List<String> coSigners;
    private List<ClueId> sourceClues;
    private LocalDate coSignerConfirmationDue;
    private final Set<String> confirmed = new LinkedHashSet<>();
    private final Set<String> declined = new LinkedHashSet<>();
    private boolean coSigningClosed;
    private String supervisingLeader;
    private final Map<String, AssignedHandling> handlings = new LinkedHashMap<>();
    /** Handlings ended because the item moved to another department; they no longer count as handling it. */
    private final Set<String> returnedHandlings = new HashSet<>();

    private final Set<String> closedHandlings = new HashSet<>();
    private final List<DepartmentOutcome> outcomes = new ArrayList<>();
    private boolean voteRecorded;
    private final Set<String> supervisionResults = new HashSet<>();

    protected Proposal() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Proposal(DraftProposal command, Clock clock) {
        ActorRef by = command.by();
        if (command.kind() == null || isBlank(command.leadProposer())) {
            throw new RuleViolation(ProposalRule.PROPOSER_REQUIRED);
        }
        ProposalChannel channel = command.channel() == null ? ProposalChannel.ONLINE : command.channel();
        if (command.kind() == ProposerKind.BODY) {
            // the office enters it for the body, or the body's own account puts it forward as its lead proposer
            RuleViolation.requireRole(by, Role.STAFF, Role.BODY);
            if (by.hasRole(Role.BODY) && !by.userId().equals(command.leadProposer())) {
                throw new RuleViolation(ProposalRule.DRAFTS_ONLY_OWN);
            }
        } else if (by.hasRole(Role.STAFF)) {
            if (!channel.onBehalf()) {
                throw new RuleViolation(ProposalRule.CHANNEL_DOES_NOT_FIT_DRAFTER);
            }
        } else {
            RuleViolation.requireRole(by, Role.MEMBER);
            if (!by.userId().equals(command.leadProposer())) {
                throw new RuleViolation(ProposalRule.DRAFTS_ONLY_OWN);
            }
            if (channel.onBehalf()) {
                throw new RuleViolation(ProposalRule.CHANNEL_DOES_NOT_FIT_DRAFTER);
            }
        }
        checkTexts(command.title(), command.content(), command.category(), command.suggestions());
        List<String> coSigners = command.coSigners() == null ? List.of() : command.coSigners();
        if ((command.kind() == ProposerKind.JOINT) == coSigners.isEmpty()) {
            throw new RuleViolation(ProposalRule.CO_SIGNERS_DO_NOT_FIT_KIND);
        }
        checkCoSigners(coSigners, command.leadProposer());
        ProposingBody body = command.body();
        boolean bodyNamed = body != null && body.type() != null && !isBlank(body.name());
        if (command.kind() == ProposerKind.BODY ? !bodyNamed : body != null) {
            throw new RuleViolation(ProposalRule.BODY_DOES_NOT_FIT_KIND);
        }
        // a clue adopted twice is still one upstream submitter to tell, so repeats are dropped rather than refused
        List<ClueId> sourceClues = command.sourceClues() == null
                ? List.of()
                : command.sourceClues().stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        apply(new ProposalDrafted(
                command.proposalId(),
                command.title().strip(),
                command.content().strip(),
                command.kind(),
                command.leadProposer(),
                List.copyOf(coSigners),
                body,
                sourceClues,
                by,
                clock.instant(),
                stripped(command.category()),
                stripped(command.suggestions()),
                command.channel()));
    }

    @CommandHandler
    void handle(EditProposalDraft command, Clock clock) {
        if (!actsForProposer(command.by())) {
            throw new RuleViolation(ProposalRule.EDITOR_NOT_PROPOSER);
        }
        if (status != ProposalStatus.DRAFT) {
            throw new RuleViolation(ProposalRule.NOT_EDITABLE, "the proposal is " + status);
        }
        checkTexts(command.title(), command.content(), command.category(), command.suggestions());
        List<String> newCoSigners = command.coSigners() == null ? List.of() : command.coSigners();
        if (kind == ProposerKind.BODY && !newCoSigners.isEmpty()) {
            throw new RuleViolation(ProposalRule.CO_SIGNERS_DO_NOT_FIT_KIND);
        }
        checkCoSigners(newCoSigners, leadProposer);
        ProposerKind newKind = kind == ProposerKind.BODY
                ? ProposerKind.BODY
                : newCoSigners.isEmpty() ? ProposerKind.MEMBER : ProposerKind.JOINT;
        apply(new ProposalDraftEdited(
                id,
                command.title().strip(),
                command.content().strip(),
                stripped(command.category()),
                stripped(command.suggestions()),
                newKind,
                List.copyOf(newCoSigners),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(SubmitProposal command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        if (!actsForProposer(command.by())) {
            throw new RuleViolation(ProposalRule.SUBMITTER_NOT_PROPOSER);
        }
        if (!status.canMoveTo(ProposalStatus.afterSubmission(kind))) {
            throw new RuleViolation(ProposalRule.NOT_A_DRAFT, "the proposal is " + status);
        }
        LocalDate due = kind == ProposerKind.JOINT ? policy.coSignerConfirmationDue(today(clock), calendar) : null;
        apply(new ProposalSubmitted(id, kind, coSigners, due, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ConfirmCoSignature command, Clock clock) {
        checkMayRespond(command.by(), clock);
        boolean allResponded = respondedAfter(command.by().userId()) == coSigners.size();
        apply(new CoSignatureConfirmed(id, allResponded, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(DeclineCoSignature command, Clock clock) {
        checkMayRespond(command.by(), clock);
        if (longer(command.reason(), ProposalLimits.CO_SIGN_REASON_MAX)) {
            throw new RuleViolation(ProposalRule.CO_SIGN_REASON_TOO_LONG);
        }
        boolean allResponded = respondedAfter(command.by().userId()) == coSigners.size();
        apply(new CoSignatureDeclined(id, command.reason(), allResponded, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ReplaceCoSigner command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (status != ProposalStatus.AWAITING_CO_SIGNERS || coSigningClosed) {
            throw new RuleViolation(ProposalRule.NOT_AWAITING_CO_SIGNERS, "the proposal is " + status);
        }
        String replaced = command.replaced();
        if (replaced == null
                || !coSigners.contains(replaced)
                || confirmed.contains(replaced)
                || declined.contains(replaced)) {
            throw new RuleViolation(ProposalRule.CO_SIGNER_NOT_REPLACEABLE);
        }
        String replacement = command.replacement();
        if (isBlank(replacement) || coSigners.contains(replacement) || replacement.equals(leadProposer)) {
            throw new RuleViolation(ProposalRule.CO_SIGNERS_INVALID);
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(ProposalRule.CO_SIGNER_REPLACEMENT_REASON_REQUIRED);
        }
        apply(new CoSignerReplaced(id, replaced, replacement, command.reason().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseCoSigning command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (coSigningClosed) {
            throw new RuleViolation(ProposalRule.CO_SIGNING_ALREADY_CLOSED);
        }
        if (status != ProposalStatus.AWAITING_CO_SIGNERS) {
            throw new RuleViolation(ProposalRule.NOT_AWAITING_CO_SIGNERS, "the proposal is " + status);
        }
        boolean duePassed = today(clock).isAfter(coSignerConfirmationDue);
        if (!duePassed && confirmed.size() + declined.size() < coSigners.size()) {
            throw new RuleViolation(
                    ProposalRule.CO_SIGNING_STILL_OPEN, "co-signers may confirm until " + coSignerConfirmationDue);
        }
        List<String> dropped =
                coSigners.stream().filter(c -> !confirmed.contains(c)).toList();
        apply(new CoSigningClosed(id, List.copyOf(confirmed), dropped, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawProposal command, Clock clock) {
        if (!actsForProposer(command.by())) {
            throw new RuleViolation(ProposalRule.WITHDRAWER_NOT_PROPOSER);
        }
        if (!status.canMoveTo(ProposalStatus.WITHDRAWN)) {
            throw new RuleViolation(ProposalRule.NOT_WITHDRAWABLE, "the proposal is " + status);
        }
        if (longer(command.reason(), ProposalLimits.WITHDRAW_REASON_MAX)) {
            throw new RuleViolation(ProposalRule.TOO_LONG);
        }
        apply(new ProposalWithdrawn(id, command.reason(), sourceClues, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(FileProposal command, Clock clock) {
        checkReviewMayEnd(command.by(), ProposalStatus.FILED);
        if (isBlank(command.category())) {
            throw new RuleViolation(ProposalRule.CATEGORY_REQUIRED);
        }
        if (command.number() == null || !command.number().matches(FILING_NUMBER)) {
            throw new RuleViolation(ProposalRule.FILING_NUMBER_REQUIRED);
        }
        apply(new ProposalFiled(id, command.category().strip(), command.by(), clock.instant(), command.number()));
    }

    @CommandHandler
    void handle(RejectFiling command, Clock clock) {
        checkReviewMayEnd(command.by(), ProposalStatus.NOT_FILED);
        if (command.ground() == null || command.disposition() == null) {
            throw new RuleViolation(ProposalRule.NOT_FILED_NEEDS_GROUND);
        }
        boolean forwarded = command.disposition() == NotFiledDisposition.FORWARDED;
        if (forwarded && isBlank(command.forwardedTo())) {
            throw new RuleViolation(ProposalRule.FORWARDING_NEEDS_RECIPIENT);
        }
        if (longer(command.forwardedTo(), ProposalLimits.FORWARDED_TO_MAX)
                || longer(command.note(), ProposalLimits.FILING_NOTE_MAX)) {
            throw new RuleViolation(ProposalRule.FILING_TEXT_TOO_LONG);
        }
        apply(new ProposalNotFiled(
                id,
                command.ground(),
                command.disposition(),
                forwarded ? command.forwardedTo().strip() : null,
                command.note(),
                sourceClues,
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(MergeProposal command, Clock clock) {
        checkReviewMayEnd(command.by(), ProposalStatus.NOT_FILED);
        MergeTarget into = command.into();
        if (into == null || into.id() == null || into.status() == null) {
            throw new RuleViolation(ProposalRule.MERGE_TARGET_UNKNOWN);
        }
        if (into.id().equals(id)) {
            throw new RuleViolation(ProposalRule.MERGE_INTO_ITSELF);
        }
        if (into.merged()) {
            throw new RuleViolation(ProposalRule.MERGE_TARGET_MERGED);
        }
        if (!MERGEABLE_INTO.contains(into.status())) {
            throw new RuleViolation(ProposalRule.MERGE_TARGET_NOT_OPEN, "the target is " + into.status());
        }
        if (longer(command.note(), ProposalLimits.FILING_NOTE_MAX)) {
            throw new RuleViolation(ProposalRule.FILING_TEXT_TOO_LONG);
        }
        apply(new ProposalMerged(
                id, into.id(), into.label(), command.note(), sourceClues, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ConvertToOpinionReport command, Clock clock) {
        checkReviewMayEnd(command.by(), ProposalStatus.CONVERTED_TO_OPINION_REPORT);
        if (longer(command.note(), ProposalLimits.FILING_NOTE_MAX)) {
            throw new RuleViolation(ProposalRule.FILING_TEXT_TOO_LONG);
        }
        apply(new ProposalConvertedToOpinionReport(id, command.note(), sourceClues, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(DesignateKeyProposal command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!status.isFiledAndOpen()) {
            throw new RuleViolation(ProposalRule.KEY_ONLY_WHILE_FILED_AND_OPEN, "the proposal is " + status);
        }
        if (supervisingLeader != null) {
            throw new RuleViolation(ProposalRule.ALREADY_KEY);
        }
        if (isBlank(command.supervisingLeader())) {
            throw new RuleViolation(ProposalRule.SUPERVISING_LEADER_REQUIRED);
        }
        apply(new KeyProposalDesignated(id, command.supervisingLeader(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(AssignDepartments command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!status.canMoveTo(ProposalStatus.ASSIGNED)) {
            throw new RuleViolation(ProposalRule.NOT_READY_FOR_ASSIGNMENT, "the proposal is " + status);
        }
        List<Assignment> assignments = command.assignments() == null ? List.of() : command.assignments();
        if (command.mode() == null
                || assignments.stream().anyMatch(a -> a == null || a.department() == null || a.role() == null)
                || !command.mode()
                        .fits(assignments.stream().map(Assignment::role).toList())) {
            throw new RuleViolation(ProposalRule.ASSIGNMENTS_DO_NOT_FIT_MODE);
        }
        if (assignments.stream().map(Assignment::department).distinct().count() != assignments.size()) {
            throw new RuleViolation(ProposalRule.DEPARTMENT_TWICE);
        }
        List<ProposalId> mergedWith = command.mergedWith() == null ? List.of() : command.mergedWith();
        boolean merged = command.mode() == HandlingMode.MERGED;
        if (merged == mergedWith.isEmpty()
                || mergedWith.stream().anyMatch(Objects::isNull)
                || mergedWith.contains(id)
                || new HashSet<>(mergedWith).size() != mergedWith.size()) {
            throw new RuleViolation(ProposalRule.MERGED_WITH_DOES_NOT_FIT_MODE);
        }
        LocalDate today = today(clock);
        List<AssignedHandling> opened = new ArrayList<>();
        for (Assignment a : assignments) {
            opened.add(new AssignedHandling(nextHandlingId(a.department()), a.department(), a.role()));
        }
        apply(new ProposalAssigned(
                id,
                command.mode(),
                List.copyOf(opened),
                List.copyOf(mergedWith),
                today,
                policy.replyDue(today, supervisingLeader != null, calendar),
                policy.returnWindowEnds(today, calendar),
                evaluators(),
                supervisingLeader != null,
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ReassignDepartment command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        AssignedHandling from = openHandling(command.fromHandlingId());
        DepartmentCode to = command.toDepartment();
        if (to == null
                || handlings.values().stream()
                        .anyMatch(h -> h.department().equals(to) && !returnedHandlings.contains(h.handlingId()))) {
            throw new RuleViolation(ProposalRule.TO_DEPARTMENT_INVALID);
        }
        LocalDate today = today(clock);
        apply(new DepartmentReassigned(
                id,
                from.handlingId(),
                from.department(),
                nextHandlingId(to),
                to,
                from.role(),
                today,
                policy.replyDue(today, supervisingLeader != null, calendar),
                policy.returnWindowEnds(today, calendar),
                evaluators(),
                supervisingLeader != null,
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordHandlingClosed command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        // checked before the proposal's state, so a repeat after the proposal has closed gets the same answer
        if (closedHandlings.contains(command.handlingId())) {
            throw new RuleViolation(ProposalRule.HANDLING_ALREADY_CLOSED, command.handlingId() + " is closed");
        }
        AssignedHandling handling = openHandling(command.handlingId());
        // A co-handler (协办) gives its opinion to the lead and never replies, so it closes without an outcome class.
        if (handling.role() != HandlingRole.CO
                && (command.outcome() == null || command.outcome().outcomeClass() == null)) {
            throw new RuleViolation(ProposalRule.OUTCOME_REQUIRED);
        }
        boolean allClosed = openHandlingIds().equals(Set.of(handling.handlingId()));
        apply(new HandlingClosureRecorded(
                id,
                handling.handlingId(),
                handling.department(),
                command.outcome(),
                allClosed,
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordHandlingVote command, Clock clock) {
        ActorRef by = command.by();
        RuleViolation.requireRole(by, Role.LEADER, Role.STAFF);
        if (supervisingLeader == null) {
            throw new RuleViolation(ProposalRule.NOT_A_KEY_PROPOSAL);
        }
        if (by.hasRole(Role.LEADER) && !by.userId().equals(supervisingLeader)) {
            throw new RuleViolation(ProposalRule.NOT_THE_SUPERVISING_LEADER);
        }
        if (!status.hasBeenAssigned()) {
            throw new RuleViolation(ProposalRule.VOTE_BEFORE_ASSIGNMENT, "the proposal is " + status);
        }
        if (voteRecorded) {
            throw new RuleViolation(ProposalRule.VOTE_ALREADY_RECORDED);
        }
        int[] counts = {command.satisfied(), command.basicallySatisfied(), command.unsatisfied(), command.abstained()};
        long total = 0;
        for (int count : counts) {
            if (count < 0) {
                throw new RuleViolation(ProposalRule.VOTE_COUNTS_INVALID);
            }
            total += count;
        }
        if (total == 0) {
            throw new RuleViolation(ProposalRule.VOTE_COUNTS_INVALID);
        }
        if (command.voters() > ProposalLimits.VOTERS_MAX || total > command.voters()) {
            throw new RuleViolation(
                    ProposalRule.VOTE_COUNTS_EXCEED_VOTERS, total + " votes counted, " + command.voters() + " voting");
        }
        apply(new HandlingVoteRecorded(
                id,
                command.voters(),
                command.satisfied(),
                command.basicallySatisfied(),
                command.unsatisfied(),
                command.abstained(),
                VoteResult.of(
                        command.satisfied(), command.basicallySatisfied(), command.unsatisfied(), command.abstained()),
                by,
                clock.instant()));
    }

    /** The office or the supervising leader records a 督办 meeting held with the handling departments. */
    @CommandHandler
    void handle(RecordKeyProposalMeeting command, Clock clock) {
        ActorRef by = command.by();
        RuleViolation.requireRole(by, Role.LEADER, Role.STAFF);
        if (supervisingLeader == null) {
            throw new RuleViolation(ProposalRule.MEETING_NOT_KEY);
        }
        if (by.hasRole(Role.LEADER) && !by.userId().equals(supervisingLeader)) {
            throw new RuleViolation(ProposalRule.MEETING_NOT_THE_SUPERVISING_LEADER);
        }
        if (status != ProposalStatus.ASSIGNED) {
            throw new RuleViolation(ProposalRule.MEETING_NOT_WHILE_HANDLED, "the proposal is " + status);
        }
        List<DepartmentCode> departments = command.departments() == null ? List.of() : command.departments();
        if (command.heldOn() == null
                || isBlank(command.participants())
                || isBlank(command.agreed())
                || departments.isEmpty()) {
            throw new RuleViolation(ProposalRule.MEETING_INCOMPLETE);
        }
        if (command.heldOn().isAfter(today(clock))) {
            throw new RuleViolation(ProposalRule.MEETING_IN_THE_FUTURE, "held on " + command.heldOn());
        }
        if (longer(command.participants(), ProposalLimits.MEETING_PARTICIPANTS_MAX)
                || longer(command.agreed(), ProposalLimits.MEETING_AGREED_MAX)) {
            throw new RuleViolation(ProposalRule.MEETING_TEXT_TOO_LONG);
        }
        Set<DepartmentCode> handling = new HashSet<>();
        handlings.values().stream()
                .filter(h -> !returnedHandlings.contains(h.handlingId()))
                .forEach(h -> handling.add(h.department()));
        if (departments.stream().anyMatch(d -> d == null || !handling.contains(d))) {
            throw new RuleViolation(ProposalRule.MEETING_DEPARTMENT_NOT_HANDLING);
        }
        apply(new KeyProposalMeetingRecorded(
                id,
                command.heldOn(),
                command.participants().strip(),
                departments.stream().distinct().toList(),
                command.agreed().strip(),
                by,
                clock.instant()));
    }

    /** Sent by the supervision policy when an entry the proposal was a source of closes; each entry once. */
    @CommandHandler
    void handle(RecordSupervisionResult command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (isBlank(command.supervisionId()) || isBlank(command.result())) {
            throw new RuleViolation(ProposalRule.SUPERVISION_RESULT_INCOMPLETE);
        }
        if (status != ProposalStatus.FILED && !status.hasBeenAssigned()) {
            throw new RuleViolation(ProposalRule.SUPERVISION_RESULT_BEFORE_FILING, "the proposal is " + status);
        }
        if (supervisionResults.contains(command.supervisionId())) {
            throw new RuleViolation(ProposalRule.SUPERVISION_RESULT_ALREADY_RECORDED, command.supervisionId());
        }
        apply(new SupervisionResultRecorded(
                id, command.supervisionId(), command.result().strip(), sourceClues, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseProposal command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (status == ProposalStatus.CLOSED) {
            throw new RuleViolation(ProposalRule.ALREADY_CLOSED);
        }
        if (!status.canMoveTo(ProposalStatus.CLOSED)) {
            throw new RuleViolation(ProposalRule.NOT_CLOSABLE, "the proposal is " + status);
        }
        Set<String> open = openHandlingIds();
        if (!open.isEmpty()) {
            throw new RuleViolation(ProposalRule.HANDLINGS_STILL_OPEN, "still open: " + open);
        }
        apply(new ProposalClosed(id, sourceClues, List.copyOf(outcomes), command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(SupervisionResultRecorded event) {
        supervisionResults.add(event.supervisionId());
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        id = event.proposalId();
        status = ProposalStatus.DRAFT;
        kind = event.kind();
        leadProposer = event.leadProposer();
        coSigners = event.coSigners();
        sourceClues = event.sourceClues();
        enteredByOffice = event.draftedBy().hasRole(Role.STAFF);
    }

    @EventSourcingHandler
    void on(ProposalDraftEdited event) {
        kind = event.kind();
        coSigners = event.coSigners();
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        status = ProposalStatus.afterSubmission(event.kind());
        coSignerConfirmationDue = event.coSignerConfirmationDue();
    }

    @EventSourcingHandler
    void on(CoSignatureConfirmed event) {
        confirmed.add(event.confirmedBy().userId());
    }

    @EventSourcingHandler
    void on(CoSignatureDeclined event) {
        declined.add(event.declinedBy().userId());
    }

    @EventSourcingHandler
    void on(CoSignerReplaced event) {
        coSigners = coSigners.stream()
                .map(c -> c.equals(event.replaced()) ? event.replacement() : c)
                .toList();
    }

    @EventSourcingHandler
    void on(CoSigningClosed event) {
        status = ProposalStatus.IN_FILING_REVIEW;
        coSigners = event.confirmed();
        coSigningClosed = true;
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        status = ProposalStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ProposalFiled event) {
        status = ProposalStatus.FILED;
    }

    @EventSourcingHandler
    void on(ProposalNotFiled event) {
        status = ProposalStatus.NOT_FILED;
    }

    @EventSourcingHandler
    void on(ProposalMerged event) {
        status = ProposalStatus.NOT_FILED;
    }

    @EventSourcingHandler
    void on(ProposalConvertedToOpinionReport event) {
        status = ProposalStatus.CONVERTED_TO_OPINION_REPORT;
    }

    @EventSourcingHandler
    void on(KeyProposalDesignated event) {
        supervisingLeader = event.supervisingLeader();
    }

    @EventSourcingHandler
    void on(ProposalAssigned event) {
        status = ProposalStatus.ASSIGNED;
        event.handlings().forEach(h -> handlings.put(h.handlingId(), h));
    }

    @EventSourcingHandler
    void on(DepartmentReassigned event) {
        returnedHandlings.add(event.fromHandlingId());
        handlings.put(
                event.newHandlingId(), new AssignedHandling(event.newHandlingId(), event.toDepartment(), event.role()));
    }

    @EventSourcingHandler
    void on(HandlingClosureRecorded event) {
        closedHandlings.add(event.handlingId());
        if (event.outcome() != null && event.outcome().outcomeClass() != null) {
            outcomes.add(new DepartmentOutcome(
                    event.department(),
                    event.outcome().outcomeClass(),
                    event.outcome().escalatedToSupervision()));
        }
    }

    @EventSourcingHandler
    void on(HandlingVoteRecorded event) {
        voteRecorded = true;
    }

    @EventSourcingHandler
    void on(ProposalClosed event) {
        status = ProposalStatus.CLOSED;
    }

    /**
     * The lead proposer, or the proposal office for a body's proposal or for one it entered on the proposer's behalf
     * (received on paper, in a plenary speech or a group discussion).
     */
    private boolean actsForProposer(ActorRef by) {
        return by.userId().equals(leadProposer)
                || ((kind == ProposerKind.BODY || enteredByOffice) && by.hasRole(Role.STAFF));
    }

    private static void checkTexts(String title, String content, String category, String suggestions) {
        if (isBlank(title) || isBlank(content)) {
            throw new RuleViolation(ProposalRule.TITLE_AND_CONTENT_REQUIRED);
        }
        if (title.length() > ProposalLimits.TITLE_MAX
                || content.length() > ProposalLimits.CONTENT_MAX
                || longer(category, ProposalLimits.CATEGORY_MAX)
                || longer(suggestions, ProposalLimits.SUGGESTIONS_MAX)) {
            throw new RuleViolation(ProposalRule.TOO_LONG);
        }
    }

    private static void checkCoSigners(List<String> coSigners, String leadProposer) {
        if (coSigners.stream().anyMatch(Proposal::isBlank)
                || new HashSet<>(coSigners).size() != coSigners.size()
                || coSigners.contains(leadProposer)) {
            throw new RuleViolation(ProposalRule.CO_SIGNERS_INVALID);
        }
    }

    private static String stripped(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private void checkMayRespond(ActorRef by, Clock clock) {
        RuleViolation.requireRole(by, Role.MEMBER);
        if (status != ProposalStatus.AWAITING_CO_SIGNERS) {
            throw new RuleViolation(ProposalRule.NOT_AWAITING_CO_SIGNERS, "the proposal is " + status);
        }
        if (!coSigners.contains(by.userId())) {
            throw new RuleViolation(ProposalRule.NOT_A_CO_SIGNER);
        }
        if (confirmed.contains(by.userId()) || declined.contains(by.userId())) {
            throw new RuleViolation(ProposalRule.ALREADY_RESPONDED);
        }
        // co-signers may answer throughout the due day itself
        if (today(clock).isAfter(coSignerConfirmationDue)) {
            throw new RuleViolation(
                    ProposalRule.CO_SIGNING_DUE_PASSED, "co-signers could confirm until " + coSignerConfirmationDue);
        }
    }

    /** Filing review is the office's, and each of its outcomes ends the review. */
    private void checkReviewMayEnd(ActorRef by, ProposalStatus outcome) {
        RuleViolation.requireRole(by, Role.STAFF);
        if (!status.canMoveTo(outcome)) {
            throw new RuleViolation(ProposalRule.NOT_IN_FILING_REVIEW, "the proposal is " + status);
        }
    }

    /** The handling, if it belongs to this proposal, is with its departments and has not ended. */
    private AssignedHandling openHandling(String handlingId) {
        if (status != ProposalStatus.ASSIGNED) {
            throw new RuleViolation(ProposalRule.NOT_BEING_HANDLED, "the proposal is " + status);
        }
        AssignedHandling handling = handlings.get(handlingId);
        if (handling == null) {
            throw new RuleViolation(ProposalRule.UNKNOWN_HANDLING, "no handling " + handlingId);
        }
        if (returnedHandlings.contains(handlingId) || closedHandlings.contains(handlingId)) {
            throw new RuleViolation(ProposalRule.HANDLING_NOT_OPEN, handlingId + " has ended");
        }
        return handling;
    }

    private Set<String> openHandlingIds() {
        Set<String> open = new LinkedHashSet<>(handlings.keySet());
        open.removeAll(returnedHandlings);
        open.removeAll(closedHandlings);
        return open;
    }

    /** n counts this department's handlings of the proposal from 1. */
    private String nextHandlingId(DepartmentCode department) {
        long earlier = handlings.values().stream()
                .filter(h -> h.department().equals(department))
                .count();
        return HandlingId.of(id.value(), department, (int) earlier + 1).value();
    }

    /** How many co-signers will have responded once {@code coSigner} has. */
    private int respondedAfter(String coSigner) {
        Set<String> responded = new HashSet<>(confirmed);
        responded.addAll(declined);
        responded.add(coSigner);
        return responded.size();
    }

    /** The clock's zone is the committee's, so this is the committee's calendar day. */
    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean longer(String s, int max) {
        return s != null && s.length() > max;
    }

    /** Who evaluates the departments' replies: the lead proposer and every co-signer who confirmed. */
    private List<String> evaluators() {
        List<String> evaluators = new ArrayList<>();
        evaluators.add(leadProposer);
        evaluators.addAll(confirmed);
        return List.copyOf(evaluators);
    }
}
