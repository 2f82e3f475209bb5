package org.tongxin.infra.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is in a candidate group: a role's name ({@code STAFF}) holds every enabled account of that role, {@code
 * dept:<code>} every department officer of that department (the groups {@code TongxinUser.groups()} gives).
 */
@Component
class Audience {

    private static final String DEPARTMENT = "dept:";

    private final JdbcClient jdbc;

    Audience(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> members(Collection<String> groups) {
        if (groups.isEmpty()) {
            return Set.of();
        }
        String[] roles = groups.stream().filter(g -> !g.startsWith(DEPARTMENT)).toArray(String[]::new);
        String[] departments = groups.stream()
                .filter(g -> g.startsWith(DEPARTMENT))
                .map(g -> g.substring(DEPARTMENT.length()))
                .toArray(String[]::new);
        List<String> users = jdbc.sql(
                        """
                SELECT username FROM app_user
                WHERE enabled AND (role = ANY(CAST(:roles AS text[]))
                                   OR (role = 'DEPT_OFFICER' AND department = ANY(CAST(:departments AS text[]))))
                ORDER BY username
                """)
                .param("roles", roles)
                .param("departments", departments)
                .query(String.class)
                .list();
        return new LinkedHashSet<>(users);
    }
}
