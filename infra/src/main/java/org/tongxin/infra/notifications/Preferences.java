package org.tongxin.infra.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's wishes, {@code notification_preference}; a person without a row hears every kind in-app only. */
@Repository
class Preferences {

    /**
     * Where e-mail goes, whether they want it, the kinds they muted, and how many working days before a task's due date
     * they want to hear of it ({@link NotificationKind#TASK_DUE}).
     */
    record Preference(String email, boolean byEmail, Set<NotificationKind> muted, int dueSoonDays) {

        static final int DUE_SOON_DAYS = 3;
        static final int DUE_SOON_MIN = 1;
        static final int DUE_SOON_MAX = 20;
        static final Preference DEFAULT = new Preference(null, true, Set.of(), DUE_SOON_DAYS);

        Preference {
            muted = muted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(muted));
        }

        Preference(String email, boolean byEmail, Set<NotificationKind> muted) {
            this(email, byEmail, muted, DUE_SOON_DAYS);
        }

        boolean wants(NotificationKind kind) {
            return !muted.contains(kind);
        }

        Optional<String> mailTo() {
            return byEmail && email != null && !email.isBlank() ? Optional.of(email) : Optional.empty();
        }
    }

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preference of(String username) {
        return jdbc.sql("SELECT email, by_email, muted_kinds, due_soon_days FROM notification_preference"
                        + " WHERE username = :u")
                .param("u", username)
                .query((rs, i) -> preference(rs))
                .optional()
                .orElse(Preference.DEFAULT);
    }

    /** The wishes of each of {@code usernames} in one statement; everyone without a row has the default. */
    Map<String, Preference> of(Collection<String> usernames) {
        Map<String, Preference> wishes = new HashMap<>();
        if (usernames.isEmpty()) {
            return wishes;
        }
        jdbc.sql("SELECT username, email, by_email, muted_kinds, due_soon_days FROM notification_preference"
                        + " WHERE username = ANY(CAST(:u AS text[]))")
                .param("u", usernames.toArray(String[]::new))
                .query(rs -> {
                    wishes.put(rs.getString("username"), preference(rs));
                });
        usernames.forEach(u -> wishes.putIfAbsent(u, Preference.DEFAULT));
        return wishes;
    }

    private static Preference preference(ResultSet rs) throws SQLException {
        return new Preference(
                rs.getString("email"),
                rs.getBoolean("by_email"),
                kinds((String[]) rs.getArray("muted_kinds").getArray()),
                rs.getInt("due_soon_days"));
    }

    void save(String username, Preference preference) {
        jdbc.sql(
                        """
                INSERT INTO notification_preference (username, email, by_email, muted_kinds, due_soon_days)
                VALUES (:u, :email, :byEmail, :muted, :days)
                ON CONFLICT (username) DO UPDATE
                   SET email = EXCLUDED.email, by_email = EXCLUDED.by_email, muted_kinds = EXCLUDED.muted_kinds,
                       due_soon_days = EXCLUDED.due_soon_days
                """)
                .param("u", username)
                .param("email", preference.email())
                .param("byEmail", preference.byEmail())
                .param("days", preference.dueSoonDays())
                .param(
                        "muted",
                        preference.muted().stream().map(Enum::name).sorted().toArray(String[]::new))
                .update();
    }

    private static Set<NotificationKind> kinds(String[] names) {
        return Arrays.stream(names)
                .filter(n -> Arrays.stream(NotificationKind.values())
                        .anyMatch(k -> k.name().equals(n)))
                .map(NotificationKind::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    }
}
