package org.tongxin.infra.citizens;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.OnBehalf;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;

/**
 * Registers a clue: tracking code, command, events and the start of its triage process in one transaction, so a
 * code is never handed out for a clue that was not stored, nor a clue stored without its process.
 */
@Service
public class ClueIntake {

    private final CommandGateway commandGateway;
    private final TrackingCodes trackingCodes;

    ClueIntake(CommandGateway commandGateway, TrackingCodes trackingCodes) {
        this.commandGateway = commandGateway;
        this.trackingCodes = trackingCodes;
    }

    @Transactional
    public ClueReceipt register(ClueSubmission submission, ActorRef by) {
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
                Attribution.none(),
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
