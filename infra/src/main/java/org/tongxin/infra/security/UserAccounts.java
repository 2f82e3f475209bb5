package org.tongxin.infra.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;

/** Accounts live in PostgreSQL ({@code app_user}), so every node of a cluster sees the same users. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TongxinUser loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, display_name, role, department, enabled"
                        + " FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, i) -> new TongxinUser(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("department") == null ? null : new DepartmentCode(rs.getString("department")),
                        rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** The name an account goes by, where it has one. */
    public Optional<String> displayName(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .filter(n -> !n.isBlank());
    }

    /** Creates the account unless one with that name exists; returns whether it was created. */
    public boolean createIfAbsent(
            String username, String passwordHash, String displayName, Role role, DepartmentCode department) {
        return jdbc.sql(
                                """
                        INSERT INTO app_user (username, password_hash, display_name, role, department)
                        VALUES (:u, :p, :n, :r, :d) ON CONFLICT (username) DO NOTHING
                        """)
                        .param("u", username)
                        .param("p", passwordHash)
                        .param("n", displayName)
                        .param("r", role.name())
                        .param("d", department == null ? null : department.value())
                        .update()
                == 1;
    }

    /**
     * Which of these account names are taken. The demo seeding asks first and hashes a password only for an account
     * it still has to create: a BCrypt hash costs tens of milliseconds of CPU, paid at every start otherwise.
     */
    public Set<String> existing(List<String> usernames) {
        return Set.copyOf(jdbc.sql("SELECT username FROM app_user WHERE username IN (:u)")
                .param("u", usernames)
                .query(String.class)
                .list());
    }
}
