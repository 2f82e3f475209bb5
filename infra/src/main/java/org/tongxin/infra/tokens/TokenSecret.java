package org.tongxin.infra.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.tongxin.infra.security.PersonalAccessTokens;

/**
 * A token's secret: the prefix and 32 random bytes in URL-safe Base64. 256 random bits cannot be guessed, so unlike
 * a password they need no slow hash: the stored SHA-256 digest is checked in microseconds.
 */
final class TokenSecret {

    private static final Pattern FORMAT = Pattern.compile("txp_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {}

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PersonalAccessTokens.PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
