package org.tongxin.infra.citizens;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.ActorRef;

/** The public intake: anyone may submit an idea, no account needed. */
@RestController
@RequestMapping("/api/public/clues")
class PublicClueController {

    private final ClueIntake intake;

    PublicClueController(ClueIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<ClueReceipt> submit(@Valid @RequestBody ClueSubmission submission) {
        ClueReceipt receipt = intake.register(submission, ActorRef.citizen());
        return ResponseEntity.created(URI.create("/api/public/track/" + receipt.trackingCode()))
                .body(receipt);
    }
}
