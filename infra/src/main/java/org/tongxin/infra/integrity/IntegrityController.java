package org.tongxin.infra.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Set;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;

/** Verification of the event log's hash chain, and the public key its checkpoints are signed with. */
@RestController
@Validated
class IntegrityController {

    /** Who may verify the record: read-only oversight and the administrator. */
    static final Set<Role> VERIFIERS = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private final ChainVerification verification;
    private final SigningKey signingKey;
    private final CurrentUser currentUser;
    private final UiFormat format;
    private final Messages messages;

    IntegrityController(
            ChainVerification verification,
            SigningKey signingKey,
            CurrentUser currentUser,
            UiFormat format,
            Messages messages) {
        this.verification = verification;
        this.signingKey = signingKey;
        this.currentUser = currentUser;
        this.format = format;
        this.messages = messages;
    }

    /** The first broken position: the reason as a code and in the reader's language, and the event found there. */
    record BrokenLink(
            long position,
            ChainVerifier.Reason reason,
            String explanation,
            String eventType,
            String eventName,
            Long sequenceNumber) {}

    record Verification(
            boolean intact,
            long from,
            long to,
            long sealedHead,
            long eventsChecked,
            long checkpointsChecked,
            long pending,
            BrokenLink firstBreak) {}

    @GetMapping("/api/integrity/verify")
    @Operation(
            summary = "Verify the sealed event log, whole or from..to (positions, both inclusive): every event against"
                    + " its seal and every signed checkpoint; the first broken position and why, when there is one")
    Verification verify(
            @Parameter(description = "first position (global index) to verify; default the chain's start")
                    @RequestParam(required = false)
                    @Min(1)
                    Long from,
            @Parameter(description = "last position to verify; default the sealed head")
                    @RequestParam(required = false)
                    @Min(1)
                    Long to) {
        Access.require(currentUser.get(), VERIFIERS);
        checkRange(from, to);
        return answer(verification.verify(from, to), format, messages);
    }

    static void checkRange(Long from, Long to) {
        if (from != null && to != null && from > to) {
            throw new RefusedInput(List.of(new FieldError("to", "must not be below from")));
        }
    }

    static Verification answer(ChainVerifier.Result result, UiFormat format, Messages messages) {
        ChainVerifier.Break b = result.firstBreak();
        BrokenLink broken = null;
        if (b != null) {
            String type = b.payloadType() == null
                    ? null
                    : b.payloadType().substring(b.payloadType().lastIndexOf('.') + 1);
            broken = new BrokenLink(
                    b.position(),
                    b.reason(),
                    messages.get("integrity.reason." + b.reason().name(), b.position()),
                    type,
                    type == null ? null : format.eventType(type),
                    b.sequenceNumber());
        }
        return new Verification(
                result.intact(),
                result.from(),
                result.to(),
                result.sealedHead(),
                result.eventsChecked(),
                result.checkpointsChecked(),
                result.pending(),
                broken);
    }

    record PublicKey(String algorithm, String curve, String signature, String pem, String hex) {}

    @GetMapping("/api/public/integrity/public-key")
    @Operation(
            summary = "The SM2 public key the chain's checkpoints are signed with, for outside verifiers (PEM and"
                    + " X.509 DER in hex)")
    PublicKey publicKey() {
        var keys = signingKey.keys().orElseThrow(() -> new NotFound("signing key"));
        return new PublicKey(
                "SM2",
                "sm2p256v1",
                "SM3withSM2",
                Sm2.pem(keys.getPublic()),
                signingKey.publicKeyHex().orElseThrow());
    }
}
