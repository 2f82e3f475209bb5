package org.tongxin.infra.citizens;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.attachments.Attachments;
import org.tongxin.infra.attachments.InspectedFile;
import org.tongxin.infra.directory.Workstations;

/**
 * Registers a clue: tracking code, command, events and the start of its triage process in one transaction, so a
 * code is never handed out for a clue that was not stored, nor a clue stored without its process.
 */
@Service
public class ClueIntake {

    private final CommandGateway commandGateway;
    private final TrackingCodes trackingCodes;
    private final Attachments attachments;

    ClueIntake(CommandGateway commandGateway, TrackingCodes trackingCodes, Attachments attachments) {
        this.commandGateway = commandGateway;
        this.trackingCodes = trackingCodes;
        this.attachments = attachments;
    }

    @Transactional
    public ClueReceipt register(ClueSubmission submission, ActorRef by) {
        return register(submission, by, null, List.of());
    }

    /**
     * A clue sent through a workstation's QR poster is attributed to that workstation (and its sector); its photos,
     * inspected already, are filed with it in the same transaction, so a clue never lacks the photos it was sent
     * with nor photos their clue.
     */
    @Transactional
    public ClueReceipt register(
            ClueSubmission submission, ActorRef by, Workstations.Workstation workstation, List<InspectedFile> photos) {
        ClueReceipt receipt = registerClue(
                submission,
                by,
                workstation == null
                        ? Attribution.none()
                        : new Attribution(null, workstation.code(), workstation.sector()));
        if (!photos.isEmpty()) {
            attachments.addAll(new ItemRef(ItemKind.CLUE, receipt.id()), AttachmentPurpose.PHOTO, photos, by);
        }
        return receipt;
    }

    private ClueReceipt registerClue(ClueSubmission submission, ActorRef by, Attribution attribution) {
        ClueId clueId = ClueId.random();
        String code = trackingCodes.reserve(clueId);
        ClueSubmission.SubmitterContact contact = submission.submitter();
        commandGateway.sendAndWait(new RegisterClue(
                clueId,
                code,
                submission.title(),
                submission.content(),
                submission.source(),
                new Location(submission.district(), submission.street()),
                attribution,
                contact == null
                        ? Submitter.anonymous()
                        : new Submitter(
                                blankToNull(contact.name()),
                                blankToNull(contact.phone()),
                                Boolean.TRUE.equals(contact.consent())),
                by));
        return new ClueReceipt(clueId.value(), code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
