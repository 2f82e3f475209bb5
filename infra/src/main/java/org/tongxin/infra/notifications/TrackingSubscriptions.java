package org.tongxin.infra.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Citizens' e-mail addresses for news of their tracking page, {@code tracking_subscription}, one per tracking code,
 * given with explicit consent. Never in an event: {@link #erase} removes the address for good, whoever asks for the
 * erasure of a submitter's personal data (the citizen by unsubscribing, the office on request).
 */
@Repository
public class TrackingSubscriptions {

    private final JdbcClient jdbc;

    TrackingSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void subscribe(String trackingCode, String email, Instant consentedAt) {
        jdbc.sql(
                        """
                INSERT INTO tracking_subscription (tracking_code, email, consented_at) VALUES (:code, :email, :at)
                ON CONFLICT (tracking_code) DO UPDATE SET email = EXCLUDED.email, consented_at = EXCLUDED.consented_at
                """)
                .param("code", trackingCode)
                .param("email", email)
                .param("at", Timestamp.from(consentedAt))
                .update();
    }

    /** Whether an address is left for this tracking code (the tracking page offers to take it back). */
    public boolean subscribed(String trackingCode) {
        return emailOf(trackingCode).isPresent();
    }

    Optional<String> emailOf(String trackingCode) {
        return jdbc.sql("SELECT email FROM tracking_subscription WHERE tracking_code = :code")
                .param("code", trackingCode)
                .query(String.class)
                .optional();
    }

    /** Forgets the address left for this tracking code, and any message to it still waiting; true if there was one. */
    public boolean erase(String trackingCode) {
        jdbc.sql("DELETE FROM notification_delivery WHERE recipient = :r AND state = 'PENDING'")
                .param("r", "citizen:" + trackingCode)
                .update();
        return jdbc.sql("DELETE FROM tracking_subscription WHERE tracking_code = :code")
                        .param("code", trackingCode)
                        .update()
                == 1;
    }
}
