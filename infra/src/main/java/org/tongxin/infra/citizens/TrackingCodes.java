package org.tongxin.infra.citizens;

import java.security.SecureRandom;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;

/**
 * Tracking codes: {@code TX-} and eight Crockford base-32 characters (no I, L, O, U, so they read aloud and type
 * without confusion), random so that codes cannot be enumerated. Reserved in the caller's transaction; a collision
 * draws again.
 */
@Component
class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    TrackingCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String reserve(ClueId clueId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String code = draw();
            try {
                jdbc.sql("INSERT INTO tracking_code (code, clue_id) VALUES (:code, :clue)")
                        .param("code", code)
                        .param("clue", clueId.value())
                        .update();
                return code;
            } catch (DuplicateKeyException collision) {
                // draw again
            }
        }
        throw new IllegalStateException("no free tracking code after " + ATTEMPTS + " attempts");
    }

    private String draw() {
        StringBuilder code = new StringBuilder("TX-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
