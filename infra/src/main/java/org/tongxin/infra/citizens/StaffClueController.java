package org.tongxin.infra.citizens;

import jakarta.validation.Validator;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;

/** {@code POST /api/clues}: the office enters a clue on a citizen's or a member's behalf. */
@RestController
class StaffClueController {

    private final StaffClueIntake intake;
    private final CurrentUser currentUser;
    private final Validator validator;

    StaffClueController(StaffClueIntake intake, CurrentUser currentUser, Validator validator) {
        this.intake = intake;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** The role is checked before the body, so nobody but the office learns what a valid body looks like. */
    @PostMapping("/api/clues")
    ResponseEntity<ClueReceipt> enter(@RequestBody(required = false) StaffClueSubmission body) {
        TongxinUser user = currentUser.get();
        Access.require(user, Set.of(Role.STAFF));
        StaffClueSubmission submission =
                body != null ? body : new StaffClueSubmission(null, null, null, null, null, null, null);
        List<FieldError> errors = validator.validate(submission).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        ClueReceipt receipt = intake.register(submission, user.actor());
        return ResponseEntity.created(URI.create("/api/clues/" + receipt.id())).body(receipt);
    }
}
