package org.tongxin.infra.linkage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Clues;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * The office escalates a clue or a proposal to the higher committee: the outbox row is written here, in the office's
 * transaction, and nothing else — sending is the dispatcher's, so a peer that is down never fails the escalation.
 */
@Service
class LinkageDesk {

    static final int NOTE_MAX = 500;

    private final LinkageSettings settings;
    private final LinkageOutbox outbox;
    private final References references;
    private final Clues clues;
    private final QueryGateway queries;
    private final Clock clock;

    LinkageDesk(
            LinkageSettings settings,
            LinkageOutbox outbox,
            References references,
            Clues clues,
            QueryGateway queries,
            Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.references = references;
        this.clues = clues;
        this.queries = queries;
        this.clock = clock;
    }

    /** What the office entered: the item's kind and its tracking code, number or id, and a note for the peer. */
    record Request(String kind, String item, String note) {}

    @Transactional
    public Escalation escalate(Request r, TongxinUser by) {
        List<FieldError> errors = new ArrayList<>();
        Escalation.ItemKind kind = null;
        if (r.kind() == null || r.kind().isBlank()) {
            errors.add(new FieldError("kind", "is required"));
        } else {
            try {
                kind = Escalation.ItemKind.valueOf(r.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "must be one of the listed values"));
            }
        }
        if (r.item() == null || r.item().isBlank()) {
            errors.add(new FieldError("item", "is required"));
        } else if (r.item().strip().length() > 100) {
            errors.add(new FieldError("item", "must be at most 100 characters"));
        }
        if (r.note() != null && r.note().strip().length() > NOTE_MAX) {
            errors.add(new FieldError("note", "must be at most " + NOTE_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        if (!settings.hasPeer()) {
            throw new EscalationRefused(EscalationRefused.Reason.NO_PEER);
        }
        Escalation escalation = kind == Escalation.ItemKind.CLUE ? clue(r, by) : proposal(r, by);
        if (!outbox.insert(escalation)) {
            throw new EscalationRefused(EscalationRefused.Reason.ALREADY_ESCALATED);
        }
        return escalation;
    }

    private Escalation clue(Request r, TongxinUser by) {
        String id = references.resolve(FieldType.CLUE, r.item().strip()).orElseThrow(() -> unknown("clue", r.item()));
        ClueSummary clue = clues.find(id, by).orElseThrow(() -> unknown("clue", r.item()));
        // the peer's answer is fed back to the clue, which hears an outcome only once it left the intake
        if ("REGISTERED".equals(clue.status())) {
            throw new EscalationRefused(EscalationRefused.Reason.CLUE_IN_INTAKE);
        }
        return escalation(
                Escalation.ItemKind.CLUE,
                clue.clueId(),
                clue.trackingCode(),
                clue.title(),
                clue.content(),
                r.note(),
                List.of(clue.clueId()),
                by.actor());
    }

    private Escalation proposal(Request r, TongxinUser by) {
        String id = references
                .resolve(FieldType.PROPOSAL, r.item().strip())
                .orElseThrow(() -> unknown("proposal", r.item()));
        ProposalView proposal = queries.query(
                        new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .orElseThrow(() -> unknown("proposal", r.item()));
        return escalation(
                Escalation.ItemKind.PROPOSAL,
                proposal.proposalId(),
                proposal.number() != null ? proposal.number() : proposal.proposalId(),
                proposal.title(),
                proposal.content(),
                r.note(),
                proposal.sourceClues(),
                by.actor());
    }

    private Escalation escalation(
            Escalation.ItemKind kind,
            String id,
            String label,
            String title,
            String content,
            String note,
            List<String> feedbackClues,
            ActorRef by) {
        String text = content == null ? "" : content;
        return new Escalation(
                UUID.randomUUID().toString(),
                kind.name(),
                id,
                label,
                title.length() > ClueLimits.TITLE_MAX ? title.substring(0, ClueLimits.TITLE_MAX) : title,
                text.length() > ClueLimits.CONTENT_MAX ? text.substring(0, ClueLimits.CONTENT_MAX) : text,
                note == null || note.isBlank() ? null : note.strip(),
                feedbackClues,
                by.userId(),
                clock.instant(),
                Escalation.State.PENDING,
                0,
                clock.instant(),
                null,
                null,
                null,
                null,
                null);
    }

    private static FormRejected unknown(String kind, String entered) {
        return new FormRejected(List.of(new FieldError("item", "unknown " + kind + ": " + entered.strip())));
    }
}
