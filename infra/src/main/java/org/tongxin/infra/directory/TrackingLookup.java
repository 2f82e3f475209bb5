package org.tongxin.infra.directory;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which clue a tracking code was handed out for; the code is the citizen's only key to their idea. */
@Component
public class TrackingLookup {

    private final JdbcClient jdbc;

    TrackingLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The clue id itself when a code was handed out for it: the clue was registered. */
    public Optional<String> registeredClue(String clueId) {
        return jdbc.sql("SELECT clue_id FROM tracking_code WHERE clue_id = :id")
                .param("id", clueId)
                .query(String.class)
                .optional();
    }

    public Optional<String> clueIdFor(String code) {
        if (code == null || code.length() > 32) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT clue_id FROM tracking_code WHERE code = :code")
                .param("code", code.strip().toUpperCase(java.util.Locale.ROOT))
                .query(String.class)
                .optional();
    }
}
