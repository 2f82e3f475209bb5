package org.tongxin.infra.citizens;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.directory.Workstations;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;

/** The public intake: anyone may submit an idea, no account needed. */
@RestController
@RequestMapping("/api/public/clues")
class PublicClueController {

    private final ClueIntake intake;
    private final Workstations workstations;

    PublicClueController(ClueIntake intake, Workstations workstations) {
        this.intake = intake;
        this.workstations = workstations;
    }

    /** {@code workstation}: the code of the workstation whose poster the idea came through, if any. */
    @PostMapping
    ResponseEntity<ClueReceipt> submit(
            @Valid @RequestBody ClueSubmission submission, @RequestParam(required = false) String workstation) {
        Workstations.Workstation from = null;
        if (workstation != null && !workstation.isBlank()) {
            from = workstations
                    .byCode(workstation)
                    .orElseThrow(
                            () -> new RefusedInput(List.of(new FieldError("workstation", "is no workstation's code"))));
        }
        ClueReceipt receipt = intake.register(submission, ActorRef.citizen(), from, List.of());
        return ResponseEntity.created(URI.create("/api/public/track/" + receipt.trackingCode()))
                .body(receipt);
    }
}
