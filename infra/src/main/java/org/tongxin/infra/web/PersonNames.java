package org.tongxin.infra.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People by the name they go by ({@code app_user.display_name}) instead of their account id. A short cache: a page
 * names the same few people many times, and a renamed account shows its new name within a minute.
 */
@Component
public class PersonNames {

    private final JdbcClient jdbc;
    private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    PersonNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The display name of an account, or the id as it is when no account has it (a system actor, an old id). */
    public String of(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return names.get(userId, this::load).orElse(userId);
    }

    private Optional<String> load(String userId) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = :u")
                .param("u", userId)
                .query(String.class)
                .optional()
                .filter(n -> !n.isBlank());
    }
}
