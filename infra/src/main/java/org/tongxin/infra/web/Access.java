package org.tongxin.infra.web;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;

/** Who may read what on the read side; a refusal is a 403 problem detail. */
final class Access {

    /** Audit, replay status and the like: read-only oversight and the office. */
    static final Set<Role> OVERSIGHT = Set.of(Role.SUPERVISOR, Role.STAFF, Role.ADMIN);

    /** Whole-committee views (lineage, 件件有回应, statistics of every department): everyone but department officers. */
    static final Set<Role> READERS_OF_CASES =
            Set.of(Role.MEMBER, Role.STAFF, Role.LEADER, Role.SUPERVISOR, Role.ADMIN, Role.DESIGNER);

    private Access() {}

    static void require(TongxinUser user, Set<Role> roles) {
        if (!roles.contains(user.role())) {
            throw forbidden("Your role may not use this resource.");
        }
    }

    /**
     * The department a board or statistic is about: a department officer's own, whatever was asked (asking for
     * another is refused); for everyone else the one asked for, or all when none.
     */
    static String department(TongxinUser user, String asked) {
        if (user.role() != Role.DEPT_OFFICER) {
            return asked == null || asked.isBlank() ? null : asked;
        }
        String own = user.department().value();
        if (asked != null && !asked.isBlank() && !asked.equals(own)) {
            throw forbidden("A department officer sees their own department only.");
        }
        return own;
    }

    static ResponseStatusException forbidden(String detail) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, detail);
    }
}
