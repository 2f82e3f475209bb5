package org.tongxin.infra.notifications;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.clue.SubmitterErased;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;

/**
 * A citizen who subscribed hears by e-mail when their tracking page changes: the clue classified, converted, answered
 * (each feedback) or closed. When the submitter's personal data is erased, the address is erased too. Written in the event's transaction like every notification; the address is read from
 * {@link TrackingSubscriptions}, never from the event.
 */
@Component
@ProcessingGroup(NotificationsConfiguration.GROUP)
class TrackingNotifications {

    private final TrackingSubscriptions subscriptions;
    private final NotificationOutbox outbox;
    private final QueryGateway queries;

    TrackingNotifications(TrackingSubscriptions subscriptions, NotificationOutbox outbox, QueryGateway queries) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.queries = queries;
    }

    @EventHandler
    void on(ClueClassified event) {
        changed(event.clueId(), "classified");
    }

    @EventHandler
    void on(ClueConverted event) {
        changed(event.clueId(), "converted");
    }

    @EventHandler
    void on(FeedbackRecorded event) {
        changed(event.clueId(), "feedback:" + event.sourceId());
    }

    @EventHandler
    void on(ClueClosed event) {
        changed(event.clueId(), "closed");
    }

    /** The submitter's personal data was erased: the e-mail address left for the tracking page goes with it. */
    @EventHandler
    void on(SubmitterErased event) {
        String code = trackingCode(event.clueId());
        if (code != null) {
            subscriptions.erase(code);
        }
    }

    private String trackingCode(ClueId clue) {
        try {
            return queries.query(new FindClue(clue.value()), ResponseTypes.optionalInstanceOf(ClueSummary.class))
                    .join()
                    .map(ClueSummary::trackingCode)
                    .orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void changed(ClueId clue, String what) {
        String code = trackingCode(clue);
        if (code == null) {
            return;
        }
        subscriptions
                .emailOf(code)
                .ifPresent(email -> outbox.mailCitizen(
                        code,
                        email,
                        new Notice(
                                NotificationKind.TRACKING_CHANGED,
                                clue.value(),
                                code,
                                "/public/track/" + code,
                                "tracking:" + clue.value() + ":" + what,
                                Set.of(),
                                Set.of())));
    }
}
