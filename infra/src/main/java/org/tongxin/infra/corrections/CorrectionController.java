package org.tongxin.infra.corrections;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.handling.HandlingLimits;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.processes.handling.AssignmentCorrections;
import org.tongxin.processes.proposal.CoSignerCorrections;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;

/**
 * Corrections the office makes after the fact, audited like every decision: moving a wrongly assigned handling to
 * the right department, replacing a co-signer named by mistake. A department is named by code or name; a refusal of the domain (e.g. the department already
 * replied) is a 409 with its rule code.
 */
@RestController
public class CorrectionController {

    /** The longest reason a correction may record, as for any note on a handling. */
    public static final int REASON_MAX = HandlingLimits.NOTE_MAX;

    private final AssignmentCorrections corrections;
    private final CoSignerCorrections coSigners;
    private final References references;
    private final CurrentUser currentUser;

    CorrectionController(
            AssignmentCorrections corrections,
            CoSignerCorrections coSigners,
            References references,
            CurrentUser currentUser) {
        this.corrections = corrections;
        this.coSigners = coSigners;
        this.references = references;
        this.currentUser = currentUser;
    }

    record HandlingDepartmentCorrection(String handling, String department, String reason) {}

    @PostMapping("/api/corrections/handling-department")
    ResponseEntity<Void> reassign(@RequestBody(required = false) HandlingDepartmentCorrection body) {
        TongxinUser me = currentUser.get();
        Access.require(me, java.util.Set.of(Role.STAFF));
        HandlingDepartmentCorrection c = body == null ? new HandlingDepartmentCorrection(null, null, null) : body;
        DepartmentCode department = checked(references, c.handling(), c.department(), c.reason());
        if (!corrections.reassign(c.handling().strip(), department, c.reason().strip(), me.actor())) {
            throw new NotFound("open handling " + c.handling());
        }
        return ResponseEntity.noContent().build();
    }

    record CoSignerCorrection(String proposal, String replaced, String replacement, String reason) {}

    /**
     * Replaces a co-signer who has not answered; the replacement is named like any co-signer (user name or display
     * name), the replaced one as listed, since a mistyped account may not exist at all.
     */
    @PostMapping("/api/corrections/co-signer")
    ResponseEntity<Void> replaceCoSigner(@RequestBody(required = false) CoSignerCorrection body) {
        TongxinUser me = currentUser.get();
        Access.require(me, java.util.Set.of(Role.STAFF));
        CoSignerCorrection c = body == null ? new CoSignerCorrection(null, null, null, null) : body;
        String replacement = checkedCoSigner(references, c.proposal(), c.replaced(), c.replacement(), c.reason());
        String replaced = replacedCoSigner(references, c.replaced());
        if (!coSigners.replace(
                c.proposal().strip(), replaced, replacement, c.reason().strip(), me.actor())) {
            throw new NotFound("open co-signature of " + replaced + " on proposal " + c.proposal());
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The replacement co-signer, resolved to a user name; every missing or unknown field refused at once, by name.
     */
    public static String checkedCoSigner(
            References references, String proposal, String replaced, String replacement, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(proposal, 64)) {
            errors.add(new FieldError("proposal", "is required"));
        }
        if (blank(replaced, 100)) {
            errors.add(new FieldError("replaced", "is required"));
        }
        String resolved = blank(replacement, 100)
                ? required(errors, "replacement")
                : resolve(errors, references, FieldType.MEMBER, "replacement", "member", replacement);
        checkReason(errors, reason);
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return resolved;
    }

    /** The co-signer being replaced, as listed: a mistyped account may not exist at all. */
    public static String replacedCoSigner(References references, String replaced) {
        return references.resolve(FieldType.MEMBER, replaced.strip()).orElse(replaced.strip());
    }

    private static boolean blank(String value, int max) {
        return value == null || value.isBlank() || value.strip().length() > max;
    }

    /** The department to move to, resolved; every missing or unknown field refused at once, by name. */
    public static DepartmentCode checked(References references, String handling, String department, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (handling == null || handling.isBlank() || handling.length() > 160) {
            errors.add(new FieldError("handling", "is required"));
        }
        String code = department == null || department.isBlank()
                ? required(errors, "department")
                : resolve(errors, references, FieldType.DEPARTMENT, "department", "department", department);
        checkReason(errors, reason);
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return new DepartmentCode(code);
    }

    private static String required(List<FieldError> errors, String field) {
        errors.add(new FieldError(field, "is required"));
        return null;
    }

    /** What {@code value} refers to, or null with the field named as unknown. */
    private static String resolve(
            List<FieldError> errors, References references, FieldType type, String field, String what, String value) {
        String resolved = references.resolve(type, value.strip()).orElse(null);
        if (resolved == null) {
            errors.add(new FieldError(field, "unknown " + what + ": " + value.strip()));
        }
        return resolved;
    }

    private static void checkReason(List<FieldError> errors, String reason) {
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "is required"));
        } else if (reason.strip().length() > REASON_MAX) {
            errors.add(new FieldError("reason", "must be at most " + REASON_MAX + " characters"));
        }
    }
}
