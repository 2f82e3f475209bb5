package org.tongxin.infra.keyproposals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.proposal.RecordKeyProposalMeeting;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;

/**
 * A 督办 meeting as entered (API body or page form): every missing, malformed or unknown field refused at once, by
 * name; departments are named by code or name, as on every form. The proposal then applies its own rules.
 */
record MeetingInput(String heldOn, String participants, List<String> departments, String agreed) {

    /** More departments than any proposal is assigned to; a longer list is not a meeting's. */
    static final int DEPARTMENTS_MAX = 20;

    RecordKeyProposalMeeting command(References references, String proposalId, ActorRef by) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate held = null;
        if (heldOn == null || heldOn.isBlank()) {
            errors.add(new FieldError("heldOn", "is required"));
        } else {
            try {
                held = LocalDate.parse(heldOn.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("heldOn", "must be a date (yyyy-MM-dd)"));
            }
        }
        text(errors, "participants", participants, ProposalLimits.MEETING_PARTICIPANTS_MAX);
        text(errors, "agreed", agreed, ProposalLimits.MEETING_AGREED_MAX);
        Set<DepartmentCode> codes = new LinkedHashSet<>();
        List<String> named = departments == null
                ? List.of()
                : departments.stream()
                        .filter(d -> d != null && !d.isBlank())
                        .map(String::strip)
                        .toList();
        if (named.isEmpty()) {
            errors.add(new FieldError("departments", "is required"));
        } else if (named.size() > DEPARTMENTS_MAX) {
            errors.add(new FieldError("departments", "has an invalid format"));
        } else {
            for (String d : named) {
                String code = d.length() > 100
                        ? null
                        : references.resolve(FieldType.DEPARTMENT, d).orElse(null);
                if (code == null) {
                    errors.add(new FieldError("departments", "unknown department: " + abbreviate(d)));
                    break;
                }
                codes.add(new DepartmentCode(code));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return new RecordKeyProposalMeeting(
                new ProposalId(proposalId), held, participants.strip(), List.copyOf(codes), agreed.strip(), by);
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
