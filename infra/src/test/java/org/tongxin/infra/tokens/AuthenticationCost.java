package org.tongxin.infra.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A small measuring program, not a test: the CPU one API call spends proving who it is — HTTP Basic (the stored
 * BCrypt hash checked against the password, as the API chain did on every call) against a personal access token
 * (SHA-256 of the secret and a cache lookup; a miss adds one indexed row, not measured here). Prints, asserts nothing.
 */
public final class AuthenticationCost {

    private AuthenticationCost() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("demo");
        String secret = TokenSecret.generate();
        Cache<ByteBuffer, String> cache =
                Caffeine.newBuilder().maximumSize(10_000).build();
        cache.put(ByteBuffer.wrap(TokenSecret.digest(secret)), "staff");

        boolean all = true;
        for (int warm = 0; warm < 20; warm++) {
            all &= encoder.matches("demo", hash);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            all &= encoder.matches("demo", hash);
        }
        double basicMicros = (System.nanoTime() - start) / 1e3 / rounds;

        int tokenRounds = rounds * 1000;
        for (int warm = 0; warm < 100_000; warm++) {
            all &= cache.getIfPresent(ByteBuffer.wrap(TokenSecret.digest(secret))) != null;
        }
        start = System.nanoTime();
        for (int i = 0; i < tokenRounds; i++) {
            all &= cache.getIfPresent(ByteBuffer.wrap(TokenSecret.digest(secret))) != null;
        }
        double tokenMicros = (System.nanoTime() - start) / 1e3 / tokenRounds;

        System.out.printf("HTTP Basic (BCrypt) per call:        %10.1f µs (%d calls)%n", basicMicros, rounds);
        System.out.printf("access token (SHA-256 + cache) per call: %6.2f µs (%d calls)%n", tokenMicros, tokenRounds);
        System.out.printf("ratio: %.0f×; every check succeeded: %s%n", basicMicros / tokenMicros, all);
    }
}
