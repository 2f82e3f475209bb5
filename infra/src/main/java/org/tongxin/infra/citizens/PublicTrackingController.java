package org.tongxin.infra.citizens;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.cluecase.FindTracking;
import org.tongxin.projections.cluecase.TrackingView;

/** The citizen's tracking page: no account, no personal data, no internal notes. */
@RestController
@RequestMapping("/api/public/track")
class PublicTrackingController {

    private final QueryGateway queries;

    PublicTrackingController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{trackingCode}")
    @Operation(summary = "Status in plain words, dates and the feedback of a tracking code")
    TrackingView track(@PathVariable String trackingCode) {
        return queries.query(new FindTracking(trackingCode), ResponseTypes.optionalInstanceOf(TrackingView.class))
                .join()
                .orElseThrow(() -> new NotFound("tracking code " + trackingCode));
    }
}
