package org.tongxin.infra.notifications;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.web.NotFound;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.projections.cluecase.FindTracking;
import org.tongxin.projections.cluecase.TrackingView;

/**
 * A citizen leaves an e-mail address for their tracking code, with explicit consent, to hear when its page changes,
 * and takes it back; the address is kept apart from the case ({@link TrackingSubscriptions}).
 */
@RestController
@RequestMapping("/api/public/track/{trackingCode}/subscription")
class PublicSubscriptionController {

    record Subscription(String email, Boolean consent) {}

    private final TrackingSubscriptions subscriptions;
    private final QueryGateway queries;
    private final Clock clock;

    PublicSubscriptionController(TrackingSubscriptions subscriptions, QueryGateway queries, Clock clock) {
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @Operation(
            summary = "Be told by e-mail when this tracking page changes; needs consent, the address is erasable and"
                    + " never part of the case's record")
    ResponseEntity<Void> subscribe(@PathVariable String trackingCode, @RequestBody Subscription body) {
        requireKnown(trackingCode);
        List<FieldError> errors = new ArrayList<>();
        String email = body.email() == null ? "" : body.email().strip();
        if (!PreferenceForm.isEmail(email)) {
            errors.add(new FieldError("email", "must be an e-mail address"));
        }
        if (!Boolean.TRUE.equals(body.consent())) {
            errors.add(new FieldError("consent", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        subscriptions.subscribe(trackingCode, email, clock.instant());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping
    @Operation(summary = "Forget the e-mail address left for this tracking code")
    ResponseEntity<Void> unsubscribe(@PathVariable String trackingCode) {
        requireKnown(trackingCode);
        subscriptions.erase(trackingCode);
        return ResponseEntity.noContent().build();
    }

    private void requireKnown(String trackingCode) {
        queries.query(new FindTracking(trackingCode), ResponseTypes.optionalInstanceOf(TrackingView.class))
                .join()
                .orElseThrow(() -> new NotFound("tracking code " + trackingCode));
    }
}
