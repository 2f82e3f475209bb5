package org.tongxin.projections.member;

import java.time.Instant;
import java.util.List;

/** A member's record, each list oldest first. */
public record MemberRecord(
        String memberId,
        List<Item> cluesRaised,
        List<Item> cluesAdopted,
        List<Item> proposals,
        List<CoSignature> coSignatures,
        List<EvaluationGiven> evaluationsGiven) {

    /** A clue or proposal: id, title, status, when it began, and its number (tracking code or filing number). */
    public record Item(String id, String title, String status, Instant at, String number) {}

    public record CoSignature(String proposalId, String title, String response, Instant respondedAt, String number) {}

    public record EvaluationGiven(
            String handlingId,
            String proposalId,
            String department,
            int round,
            String handlingWork,
            String result,
            Instant evaluatedAt,
            String proposalTitle,
            String proposalNumber) {}
}
