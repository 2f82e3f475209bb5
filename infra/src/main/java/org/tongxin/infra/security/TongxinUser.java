package org.tongxin.infra.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.task.TaskActor;

/** A signed-in user: one role, and a department for department officers. */
public record TongxinUser(
        String username, String passwordHash, String displayName, Role role, DepartmentCode department, boolean enabled)
        implements UserDetails {

    public ActorRef actor() {
        return new ActorRef(username, role, department);
    }

    /** Camunda candidate groups: the role's name, and {@code dept:<code>} for a department officer. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(role.name());
        if (department != null) {
            groups.add("dept:" + department.value());
        }
        return groups;
    }

    public TaskActor taskActor() {
        return new TaskActor(actor(), groups());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "TongxinUser[" + username + ", " + role + (department == null ? "" : ", " + department) + "]";
    }
}
