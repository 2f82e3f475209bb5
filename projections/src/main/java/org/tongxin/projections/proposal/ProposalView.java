package org.tongxin.projections.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the read side shows it. {@code version} is the sequence number of the last event folded in. The
 * ending fields ({@code notFiledGround} … {@code endNote}) belong to a proposal that was withdrawn, not filed or
 * turned into an opinion report. {@code number} is the filing number ({@code 2026-0042}), once filed; {@code meetings}
 * the 督办 meetings held on a key proposal, oldest first. While a draft, {@code category} is the one the proposer
 * suggests; filing sets the office's. {@code suggestions} are the measures proposed, {@code channel} how it came in
 * (null: written online by the proposer), {@code draftedBy} who entered it (the office, for a proposal received on
 * paper), {@code editedAt} when the draft was last rewritten; {@code mergedInto}
 * the id of the proposal it was merged into at the filing review (并案) and {@code mergedIntoLabel} how that one was
 * named then (its filing number, else its title).
 */
public record ProposalView(
        String proposalId,
        String title,
        String content,
        String kind,
        String leadProposer,
        String bodyType,
        String bodyName,
        List<CoSigner> coSigners,
        LocalDate coSignerConfirmationDue,
        List<String> sourceClues,
        String status,
        String category,
        boolean keyProposal,
        String supervisingLeader,
        String mode,
        List<String> mergedWith,
        List<HandlingRef> handlings,
        List<String> evaluators,
        LocalDate assignedOn,
        LocalDate replyDue,
        Vote vote,
        String notFiledGround,
        String notFiledDisposition,
        String forwardedTo,
        String endNote,
        Instant draftedAt,
        Instant submittedAt,
        Instant filedAt,
        Instant assignedAt,
        Instant endedAt,
        long version,
        String number,
        List<KeyMeeting> meetings,
        String suggestions,
        String channel,
        String draftedBy,
        Instant editedAt,
        String mergedInto,
        String mergedIntoLabel) {

    public ProposalView {
        // a view stored before meetings were recorded reads back without them
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** The fold's working copy; {@link ProposalFold} is its only user. */
    static final class Builder {
        String proposalId;
        String title;
        String content;
        String kind;
        String leadProposer;
        String bodyType;
        String bodyName;
        List<CoSigner> coSigners;
        LocalDate coSignerConfirmationDue;
        List<String> sourceClues;
        String status;
        String category;
        boolean keyProposal;
        String supervisingLeader;
        String mode;
        List<String> mergedWith;
        List<HandlingRef> handlings;
        List<String> evaluators;
        LocalDate assignedOn;
        LocalDate replyDue;
        Vote vote;
        String notFiledGround;
        String notFiledDisposition;
        String forwardedTo;
        String endNote;
        Instant draftedAt;
        Instant submittedAt;
        Instant filedAt;
        Instant assignedAt;
        Instant endedAt;
        long version;
        String number;
        List<KeyMeeting> meetings;
        String suggestions;
        String channel;
        String draftedBy;
        Instant editedAt;
        String mergedInto;
        String mergedIntoLabel;

        Builder() {
            meetings = List.of();
            coSigners = List.of();
            sourceClues = List.of();
            mergedWith = List.of();
            handlings = List.of();
            evaluators = List.of();
        }

        Builder(ProposalView v) {
            proposalId = v.proposalId;
            title = v.title;
            content = v.content;
            kind = v.kind;
            leadProposer = v.leadProposer;
            bodyType = v.bodyType;
            bodyName = v.bodyName;
            coSigners = v.coSigners;
            coSignerConfirmationDue = v.coSignerConfirmationDue;
            sourceClues = v.sourceClues;
            status = v.status;
            category = v.category;
            keyProposal = v.keyProposal;
            supervisingLeader = v.supervisingLeader;
            mode = v.mode;
            mergedWith = v.mergedWith;
            handlings = v.handlings;
            evaluators = v.evaluators;
            assignedOn = v.assignedOn;
            replyDue = v.replyDue;
            vote = v.vote;
            notFiledGround = v.notFiledGround;
            notFiledDisposition = v.notFiledDisposition;
            forwardedTo = v.forwardedTo;
            endNote = v.endNote;
            draftedAt = v.draftedAt;
            submittedAt = v.submittedAt;
            filedAt = v.filedAt;
            assignedAt = v.assignedAt;
            endedAt = v.endedAt;
            version = v.version;
            number = v.number;
            meetings = v.meetings;
            suggestions = v.suggestions;
            channel = v.channel;
            draftedBy = v.draftedBy;
            editedAt = v.editedAt;
            mergedInto = v.mergedInto;
            mergedIntoLabel = v.mergedIntoLabel;
        }

        ProposalView build() {
            return new ProposalView(
                    proposalId,
                    title,
                    content,
                    kind,
                    leadProposer,
                    bodyType,
                    bodyName,
                    List.copyOf(coSigners),
                    coSignerConfirmationDue,
                    List.copyOf(sourceClues),
                    status,
                    category,
                    keyProposal,
                    supervisingLeader,
                    mode,
                    List.copyOf(mergedWith),
                    List.copyOf(handlings),
                    List.copyOf(evaluators),
                    assignedOn,
                    replyDue,
                    vote,
                    notFiledGround,
                    notFiledDisposition,
                    forwardedTo,
                    endNote,
                    draftedAt,
                    submittedAt,
                    filedAt,
                    assignedAt,
                    endedAt,
                    version,
                    number,
                    meetings,
                    suggestions,
                    channel,
                    draftedBy,
                    editedAt,
                    mergedInto,
                    mergedIntoLabel);
        }
    }
}
