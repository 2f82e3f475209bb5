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
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.OnBehalf;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.attachments.Attachments;
import org.tongxin.infra.attachments.InspectedFile;
import org.tongxin.infra.directory.Workstations;
import org.tongxin.infra.shared.ClueRegistration;

/**
 * Registers a clue: tracking code, command, events and the start of its triage process in one transaction, so a
 * code is never handed out for a clue that was not stored, nor a clue stored without its process.
 */
@Service
public class ClueIntake implements ClueRegistration {

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
        ClueReceipt receipt = register(
                submission,
                workstation == null
                        ? Attribution.none()
                        : new Attribution(null, workstation.code(), workstation.sector()),
                by);
        if (!photos.isEmpty()) {
            attachments.addAll(new ItemRef(ItemKind.CLUE, receipt.id()), AttachmentPurpose.PHOTO, photos, by);
        }
        return receipt;
    }

    @Override
    @Transactional
    public Registered register(NewClue clue, ActorRef by) {
        boolean contact = clue.submitterName() != null || clue.submitterPhone() != null;
        ClueReceipt receipt = register(
                new ClueSubmission(
                        clue.title(),
                        clue.content(),
                        clue.source(),
                        clue.district(),
                        clue.street(),
                        contact
                                ? new ClueSubmission.SubmitterContact(
                                        clue.submitterName(), clue.submitterPhone(), clue.consent())
                                : null),
                clue.attribution(),
                by);
        return new Registered(receipt.id(), receipt.trackingCode());
    }

    /** With the member, workstation and sector it is attributed to. */
    @Transactional
    public ClueReceipt register(ClueSubmission submission, Attribution attribution, ActorRef by) {
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

    /**
     * The office enters a clue received on paper, by phone, at a workstation or in a meeting, on {@code onBehalf}'s
     * behalf; {@code by} is the staff member who entered it. Same transaction as the public intake.
     */
    @Transactional
    public ClueReceipt registerOnBehalf(
            String title,
            String content,
            ClueSource channel,
            Location location,
            Submitter submitter,
            OnBehalf onBehalf,
            String categoryHint,
            ActorRef by) {
        ClueId clueId = ClueId.random();
        String code = trackingCodes.reserve(clueId);
        commandGateway.sendAndWait(new RegisterClue(
                clueId,
                code,
                title,
                content,
                channel,
                location,
                Attribution.none(),
                submitter,
                by,
                onBehalf,
                categoryHint));
        return new ClueReceipt(clueId.value(), code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
