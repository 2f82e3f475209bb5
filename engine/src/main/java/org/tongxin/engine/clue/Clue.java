package org.tongxin.engine.clue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

@AggregateRoot
class Clue {

    @AggregateIdentifier
    private ClueId id;

    private ClueStatus status;
    private String adopter;
    private final Set<String> fedBackSources = new HashSet<>();
    private final List<ClueId> absorbed = new ArrayList<>();
    private boolean personalData;

    protected Clue() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Clue(RegisterClue command, Clock clock) {
        if (isBlank(command.title()) || isBlank(command.content())) {
            throw new RuleViolation(ClueRule.TITLE_AND_CONTENT_REQUIRED);
        }
        if (command.title().length() > ClueLimits.TITLE_MAX || command.content().length() > ClueLimits.CONTENT_MAX) {
            throw new RuleViolation(ClueRule.TOO_LONG);
        }
        if (command.submitter() != null
                && command.submitter().givesContact()
                && !command.submitter().consented()) {
            throw new RuleViolation(ClueRule.CONTACT_WITHOUT_CONSENT);
        }
        OnBehalf onBehalf = command.onBehalf();
        boolean byStaff = command.by() != null
                && (command.by().role() == Role.STAFF || command.by().role() == Role.SYSTEM);
        if ((onBehalf != null || (command.source() != null && command.source().enteredByStaffOnly()))
                && (!byStaff || onBehalf == null || onBehalf.kind() == null)) {
            throw new RuleViolation(ClueRule.ON_BEHALF_BY_STAFF_ONLY);
        }
        if (longer(command.categoryHint(), ClueLimits.CATEGORY_HINT_MAX)) {
            throw new RuleViolation(ClueRule.TOO_LONG);
        }
        Attribution attribution = command.attribution() == null ? Attribution.none() : command.attribution();
        Submitter submitter = command.submitter() == null ? Submitter.anonymous() : command.submitter();
        if (onBehalf != null) {
            boolean forMember = onBehalf.kind() == OnBehalf.Kind.MEMBER;
            if (forMember == isBlank(onBehalf.member()) || (forMember && submitter.givesContact())) {
                throw new RuleViolation(ClueRule.ON_BEHALF_MEMBER_REQUIRED);
            }
            if (forMember) {
                // the member spoke or wrote it: the member record (履职档案) counts it as theirs
                attribution =
                        new Attribution(onBehalf.member().strip(), attribution.workstation(), attribution.sector());
                onBehalf = OnBehalf.member(onBehalf.member().strip());
            }
        }
        apply(new ClueRegistered(
                command.clueId(),
                command.trackingCode(),
                command.title().strip(),
                command.content().strip(),
                command.source(),
                command.location(),
                attribution,
                submitter,
                command.by(),
                clock.instant(),
                onBehalf,
                isBlank(command.categoryHint()) ? null : command.categoryHint().strip()));
    }

    @CommandHandler
    void handle(ClassifyClue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!status.canMoveTo(ClueStatus.afterClassification(command.route()))) {
            throw new RuleViolation(ClueRule.NOT_REGISTERED, "the clue is " + status);
        }
        if (isBlank(command.category())) {
            throw new RuleViolation(ClueRule.CATEGORY_REQUIRED);
        }
        if (longer(command.street(), ClueLimits.STREET_MAX)
                || longer(command.redirectedTo(), ClueLimits.REDIRECTED_TO_MAX)) {
            throw new RuleViolation(ClueRule.CLASSIFICATION_TOO_LONG);
        }
        if (command.route() == ClueRoute.DECLINE
                && (command.declineGround() == null || isBlank(command.redirectedTo()))) {
            throw new RuleViolation(ClueRule.DECLINE_NEEDS_GROUND);
        }
        if (command.route() == ClueRoute.MERGE
                && (command.mergeInto() == null || command.mergeInto().equals(id))) {
            throw new RuleViolation(ClueRule.MERGE_NEEDS_OTHER_CLUE);
        }
        apply(new ClueClassified(
                id,
                command.category().strip(),
                command.street(),
                command.route(),
                command.route() == ClueRoute.DECLINE ? command.declineGround() : null,
                command.route() == ClueRoute.DECLINE ? command.redirectedTo() : null,
                command.route() == ClueRoute.MERGE ? command.mergeInto() : null,
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(AbsorbClue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (command.mergedClue() == null || command.mergedClue().equals(id)) {
            throw new RuleViolation(ClueRule.ABSORB_ITSELF);
        }
        if (status == ClueStatus.MERGED || status == ClueStatus.CLOSED) {
            throw new RuleViolation(ClueRule.CANNOT_ABSORB, "the clue is " + status);
        }
        apply(new ClueAbsorbed(id, command.mergedClue(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(AdoptClue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER);
        if (status == ClueStatus.ADOPTED) {
            throw new RuleViolation(ClueRule.ALREADY_ADOPTED, "adopted by " + adopter);
        }
        if (!status.canMoveTo(ClueStatus.ADOPTED)) {
            throw new RuleViolation(ClueRule.NOT_PUBLISHED, "the clue is " + status);
        }
        apply(new ClueAdopted(id, command.by().userId(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ConvertClue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER, Role.STAFF, Role.SYSTEM);
        if (command.target() == null || isBlank(command.targetId())) {
            throw new RuleViolation(ClueRule.TARGET_ID_REQUIRED);
        }
        ClueStatus expected =
                switch (command.target()) {
                    case PROPOSAL -> ClueStatus.ADOPTED;
                    case CONSULTATION_TOPIC -> ClueStatus.ROUTED_TO_CONSULTATION;
                    case PUBLIC_OPINION_REPORT -> ClueStatus.ROUTED_TO_OPINION_REPORT;
                };
        if (status != expected) {
            throw new RuleViolation(ClueRule.CONVERSION_NOT_ROUTED, "the clue is " + status);
        }
        if (command.by().role() == Role.MEMBER && !command.by().userId().equals(adopter)) {
            throw new RuleViolation(ClueRule.NOT_THE_ADOPTER);
        }
        apply(new ClueConverted(id, command.target(), command.targetId(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(EraseSubmitter command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (isBlank(command.reason())) {
            throw new RuleViolation(ClueRule.ERASURE_NEEDS_REASON);
        }
        if (longer(command.reason(), ClueLimits.ERASURE_REASON_MAX)) {
            throw new RuleViolation(ClueRule.TOO_LONG);
        }
        if (!personalData) {
            throw new RuleViolation(ClueRule.NOTHING_TO_ERASE);
        }
        apply(new SubmitterErased(id, command.reason().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordFeedback command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (isBlank(command.sourceId()) || isBlank(command.summary())) {
            throw new RuleViolation(ClueRule.FEEDBACK_EMPTY);
        }
        // A closed clue still hears a later outcome of what it became (a department's answer to a leader's
        // instruction on the report it turned into), each outcome once.
        if (status == ClueStatus.REGISTERED) {
            throw new RuleViolation(ClueRule.FEEDBACK_BEFORE_OUTCOME, "the clue is " + status);
        }
        if (fedBackSources.contains(command.sourceId())) {
            throw new RuleViolation(ClueRule.FEEDBACK_ALREADY_RECORDED, command.sourceId());
        }
        apply(new FeedbackRecorded(
                id,
                command.sourceId(),
                command.summary().strip(),
                List.copyOf(absorbed),
                command.by(),
                clock.instant(),
                command.phrase()));
    }

    @CommandHandler
    void handle(CloseClue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (!status.canMoveTo(ClueStatus.CLOSED)) {
            throw new RuleViolation(ClueRule.CLOSE_WITHOUT_OUTCOME, "the clue is " + status);
        }
        if (status == ClueStatus.CONVERTED && fedBackSources.isEmpty()) {
            throw new RuleViolation(ClueRule.CLOSE_WITHOUT_FEEDBACK);
        }
        apply(new ClueClosed(id, status, command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ClueRegistered event) {
        id = event.clueId();
        status = ClueStatus.REGISTERED;
        // an erased submitter reads back without contact, so a second erasure finds nothing to erase
        personalData = event.submitter() != null && event.submitter().givesContact();
    }

    @EventSourcingHandler
    void on(SubmitterErased event) {
        personalData = false;
    }

    @EventSourcingHandler
    void on(ClueClassified event) {
        status = ClueStatus.afterClassification(event.route());
    }

    @EventSourcingHandler
    void on(ClueAbsorbed event) {
        absorbed.add(event.mergedClue());
    }

    @EventSourcingHandler
    void on(ClueAdopted event) {
        adopter = event.adopter();
        status = ClueStatus.ADOPTED;
    }

    @EventSourcingHandler
    void on(ClueConverted event) {
        status = ClueStatus.CONVERTED;
    }

    @EventSourcingHandler
    void on(FeedbackRecorded event) {
        fedBackSources.add(event.sourceId());
    }

    @EventSourcingHandler
    void on(ClueClosed event) {
        status = ClueStatus.CLOSED;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean longer(String s, int max) {
        return s != null && s.length() > max;
    }
}
