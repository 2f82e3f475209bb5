package org.tongxin.infra.notifications;

import java.time.Clock;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.cluecase.FindTracking;
import org.tongxin.projections.cluecase.TrackingView;

/**
 * The tracking page's form for the same thing as {@link PublicSubscriptionController}: a citizen leaves an e-mail
 * address, with consent, to be told when the page changes, or takes it back. The answer is the tracking page again,
 * with a word on what happened or what is missing; the address never appears in the address bar.
 */
@Controller
class PublicSubscriptionPages {

    private final TrackingSubscriptions subscriptions;
    private final QueryGateway queries;
    private final Clock clock;

    PublicSubscriptionPages(TrackingSubscriptions subscriptions, QueryGateway queries, Clock clock) {
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/public/track/{code}/subscribe")
    String subscribe(
            @PathVariable String code,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String consent) {
        String known = known(code);
        String address = email == null ? "" : email.strip();
        if (!PreferenceForm.isEmail(address)) {
            return back(known, "email");
        }
        if (consent == null) {
            return back(known, "consent");
        }
        subscriptions.subscribe(known, address, clock.instant());
        return back(known, "on");
    }

    @PostMapping("/public/track/{code}/unsubscribe")
    String unsubscribe(@PathVariable String code) {
        String known = known(code);
        subscriptions.erase(known);
        return back(known, "off");
    }

    private String known(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        queries.query(new FindTracking(upper), ResponseTypes.optionalInstanceOf(TrackingView.class))
                .join()
                .orElseThrow(UiErrors.PageNotFound::new);
        return upper;
    }

    private static String back(String code, String outcome) {
        return "redirect:/public/track/" + code + "?subscription=" + outcome + "#subscribe";
    }
}
