package org.tongxin.engine.proposal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

@AggregateRoot
class Proposal {

    @AggregateIdentifier
    private ProposalId id;

    private ProposalStatus status;
    private ProposerKind kind;
    private String leadProposer;
    private List<String> coSigners;
    private List<ClueId> sourceClues;
    private LocalDate coSignerConfirmationDue;
    private final Set<String> confirmed = new LinkedHashSet<>();
    private final Set<String> declined = new LinkedHashSet<>();
    private boolean coSigningClosed;

    protected Proposal() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Proposal(DraftProposal command, Clock clock) {
        ActorRef by = command.by();
        if (command.kind() == null || isBlank(command.leadProposer())) {
            throw new RuleViolation(ProposalRule.PROPOSER_REQUIRED);
        }
        if (command.kind() == ProposerKind.BODY) {
            RuleViolation.requireRole(by, Role.STAFF);
        } else {
            RuleViolation.requireRole(by, Role.MEMBER);
            if (!by.userId().equals(command.leadProposer())) {
                throw new RuleViolation(ProposalRule.DRAFTS_ONLY_OWN);
            }
        }
        if (isBlank(command.title()) || isBlank(command.content())) {
            throw new RuleViolation(ProposalRule.TITLE_AND_CONTENT_REQUIRED);
        }
        if (command.title().length() > ProposalLimits.TITLE_MAX
                || command.content().length() > ProposalLimits.CONTENT_MAX) {
            throw new RuleViolation(ProposalRule.TOO_LONG);
        }
        List<String> coSigners = command.coSigners() == null ? List.of() : command.coSigners();
        if ((command.kind() == ProposerKind.JOINT) == coSigners.isEmpty()) {
            throw new RuleViolation(ProposalRule.CO_SIGNERS_DO_NOT_FIT_KIND);
        }
        if (coSigners.stream().anyMatch(Proposal::isBlank)
                || new HashSet<>(coSigners).size() != coSigners.size()
                || coSigners.contains(command.leadProposer())) {
            throw new RuleViolation(ProposalRule.CO_SIGNERS_INVALID);
        }
        ProposingBody body = command.body();
        boolean bodyNamed = body != null && body.type() != null && !isBlank(body.name());
        if (command.kind() == ProposerKind.BODY ? !bodyNamed : body != null) {
            throw new RuleViolation(ProposalRule.BODY_DOES_NOT_FIT_KIND);
        }
        // a clue adopted twice is still one upstream submitter to tell, so repeats are dropped rather than refused
        List<ClueId> sourceClues = command.sourceClues() == null
                ? List.of()
                : command.sourceClues().stream().distinct().toList();
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
        boolean allResponded = respondedAfter(command.by().userId()) == coSigners.size();
        apply(new CoSignatureDeclined(id, command.reason(), allResponded, command.by(), clock.instant()));
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
        apply(new ProposalWithdrawn(id, command.reason(), sourceClues, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(FileProposal command, Clock clock) {
        checkReviewMayEnd(command.by(), ProposalStatus.FILED);
        if (isBlank(command.category())) {
            throw new RuleViolation(ProposalRule.CATEGORY_REQUIRED);
        }
        apply(new ProposalFiled(id, command.category().strip(), command.by(), clock.instant()));
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
    void handle(ConvertToOpinionReport command, Clock clock) {
        checkReviewMayEnd(command.by(), ProposalStatus.CONVERTED_TO_OPINION_REPORT);
        apply(new ProposalConvertedToOpinionReport(id, command.note(), sourceClues, command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ProposalDrafted event) {
        id = event.proposalId();
        status = ProposalStatus.DRAFT;
        kind = event.kind();
        leadProposer = event.leadProposer();
        coSigners = event.coSigners();
        sourceClues = event.sourceClues();
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
    void on(ProposalConvertedToOpinionReport event) {
        status = ProposalStatus.CONVERTED_TO_OPINION_REPORT;
    }

    /** The lead proposer, or for a body's proposal also the proposal office, which enters it for the body. */
    private boolean actsForProposer(ActorRef by) {
        return by.userId().equals(leadProposer) || (kind == ProposerKind.BODY && by.hasRole(Role.STAFF));
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
}
