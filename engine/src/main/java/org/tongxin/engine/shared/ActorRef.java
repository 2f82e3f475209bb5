package org.tongxin.engine.shared;

import java.util.Objects;

/**
 * Who acted: the user id, the role they acted in and, for department officers, their department. Every command
 * carries one so the aggregates, not only the UI, decide who may do what.
 */
public record ActorRef(String userId, Role role, DepartmentCode department) {

    public ActorRef {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if (role == Role.DEPT_OFFICER && department == null) {
            throw new IllegalArgumentException("a department officer acts for a department");
        }
    }

    public static ActorRef of(String userId, Role role) {
        return new ActorRef(userId, role, null);
    }

    public static ActorRef officer(String userId, DepartmentCode department) {
        return new ActorRef(userId, Role.DEPT_OFFICER, department);
    }

    /** The public intake: an anonymous citizen. */
    public static ActorRef citizen() {
        return new ActorRef("public", Role.CITIZEN, null);
    }

    /** Timers and service tasks act as the system. */
    public static ActorRef system() {
        return new ActorRef("system", Role.SYSTEM, null);
    }

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
