package org.tongxin.infra.citizens;

import java.util.List;
import org.springframework.stereotype.Service;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.OnBehalf;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.References;

/**
 * Turns a validated submission into the clue: the member picked is resolved in the directory (an unknown one is a
 * refusal naming {@code onBehalf.member}), blanks become absent, and the clue is registered as the public intake does.
 */
@Service
class StaffClueIntake {

    private final ClueIntake intake;
    private final References references;

    StaffClueIntake(ClueIntake intake, References references) {
        this.intake = intake;
        this.references = references;
    }

    ClueReceipt register(StaffClueSubmission s, ActorRef by) {
        StaffClueSubmission.Behalf behalf = s.onBehalf();
        OnBehalf onBehalf;
        Submitter submitter;
        if (behalf.kind() == OnBehalf.Kind.MEMBER) {
            String member = references
                    .resolve(FieldType.MEMBER, behalf.member().strip())
                    .orElseThrow(() -> new RefusedInput(List.of(new FieldError(
                            "onBehalf.member",
                            "unknown member: " + behalf.member().strip()))));
            onBehalf = OnBehalf.member(member);
            submitter = Submitter.anonymous();
        } else {
            onBehalf = OnBehalf.citizen();
            submitter = behalf.givesContact()
                    ? new Submitter(
                            blankToNull(behalf.name()),
                            blankToNull(behalf.phone()),
                            Boolean.TRUE.equals(behalf.consent()))
                    : Submitter.anonymous();
        }
        return intake.registerOnBehalf(
                s.title(),
                s.content(),
                s.channel(),
                new Location(blankToNull(s.district()), blankToNull(s.street())),
                submitter,
                onBehalf,
                blankToNull(s.categoryHint()),
                by);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
