package org.tongxin.infra.integrity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.infra.directory.TrackingLookup;

/**
 * Where a citizen's submission and a member's proposal stand in the sealed chain, for the printed receipt and for
 * the pages that check one later ({@code @chainReceipts} in the templates).
 */
@Component("chainReceipts")
public class Receipts {

    private final ChainVerification verification;
    private final TrackingLookup tracking;

    Receipts(ChainVerification verification, TrackingLookup tracking) {
        this.verification = verification;
        this.tracking = tracking;
    }

    /** The registration of the idea behind a tracking code; empty for an unknown code. */
    public Optional<ChainVerification.Seal> ofTrackingCode(String code) {
        return tracking.clueIdFor(code).flatMap(id -> verification.sealOf(id, ClueRegistered.class.getName(), false));
    }

    /** A proposal's latest submission; empty while it is a draft. */
    public Optional<ChainVerification.Seal> ofProposal(String proposalId) {
        return verification.sealOf(proposalId, ProposalSubmitted.class.getName(), true);
    }

    /** The seal for a template, or null. */
    public ChainVerification.Seal trackingSeal(String code) {
        return ofTrackingCode(code).orElse(null);
    }

    /**
     * Whether a digest copied from a printed receipt (spaces and case ignored) is the one sealed; null when nothing
     * was entered.
     */
    public Boolean sameDigest(ChainVerification.Seal seal, String typed) {
        if (typed == null || typed.isBlank() || seal == null || !seal.sealed()) {
            return null;
        }
        String normalised = typed.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        return normalised.equals(seal.groupedDigest().replace(" ", ""));
    }

    /** When the event was recorded, as stored in the log. */
    public static Instant recordedAt(ChainVerification.Seal seal) {
        return Instant.parse(seal.timeStamp());
    }
}
