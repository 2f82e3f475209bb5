package org.tongxin.infra.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.security.UserAccounts;

/**
 * People by the name they go by ({@code app_user.display_name}) instead of their account id. A short cache: a page
 * names the same few people many times, and a renamed account shows its new name within a minute.
 */
@Component
public class PersonNames {

    private static final String SYSTEM = ActorRef.system().userId();

    private final UserAccounts accounts;
    private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
            .maximumSize(5_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    PersonNames(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The display name of an account; the system actor (timers, service tasks) as the given word for it; the id as it
     * is when no account has it (an account since removed).
     */
    public String of(String userId, String systemWord) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(userId)) {
            return systemWord;
        }
        return names.get(userId, accounts::displayName).orElse(userId);
    }
}
