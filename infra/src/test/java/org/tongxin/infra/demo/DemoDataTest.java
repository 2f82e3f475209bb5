package org.tongxin.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongxin.infra.security.UserAccounts;

/**
 * startup: the demo accounts are hashed only when one is missing. Every start hashed the password {@code demo} with
 * BCrypt, on an existing database too (3% of the main thread's CPU samples in a JFR profile of a start).
 */
class DemoDataTest {

    private final AtomicInteger hashes = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            hashes.incrementAndGet();
            return "{noop}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals("{noop}" + raw);
        }
    };

    @Test
    void aStartOnADatabaseWithEveryDemoAccountHashesNoPassword() {
        UserAccounts accounts = mock(UserAccounts.class);
        when(accounts.existing(anyList()))
                .thenReturn(DemoData.ACCOUNTS.stream()
                        .map(DemoData.Account::username)
                        .collect(Collectors.toSet()));

        new DemoData(accounts, counting, mock(JdbcClient.class, RETURNS_DEEP_STUBS)).run(null);

        assertThat(hashes).hasValue(0);
    }

    @Test
    void aMissingDemoAccountIsCreatedWithTheHashedPassword() {
        UserAccounts accounts = mock(UserAccounts.class);
        when(accounts.existing(anyList())).thenReturn(Set.of("staff"));
        when(accounts.createIfAbsent(any(), any(), any(), any(), any())).thenReturn(true);

        new DemoData(accounts, counting, mock(JdbcClient.class, RETURNS_DEEP_STUBS)).run(null);

        assertThat(hashes).hasValue(1);
        org.mockito.Mockito.verify(accounts)
                .createIfAbsent(
                        org.mockito.ArgumentMatchers.eq("member"),
                        org.mockito.ArgumentMatchers.eq("{noop}demo"),
                        any(),
                        any(),
                        any());
    }
}
