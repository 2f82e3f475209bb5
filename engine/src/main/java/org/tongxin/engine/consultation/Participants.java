package org.tongxin.engine.consultation;

import java.util.List;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * Who takes part in a meeting: members (user ids), the departments that send a representative, and residents or
 * enterprise representatives by count and, where they gave them, by name.
 */
public record Participants(
        List<String> members, List<DepartmentCode> departments, int residentCount, List<String> residentNames) {

    public Participants {
        members = members == null ? List.of() : List.copyOf(members);
        departments = departments == null ? List.of() : List.copyOf(departments);
        residentNames = residentNames == null ? List.of() : List.copyOf(residentNames);
        if (residentCount < 0) {
            throw new IllegalArgumentException("a resident count is never negative");
        }
    }

    public static Participants none() {
        return new Participants(List.of(), List.of(), 0, List.of());
    }

    /** Everyone at the table: members, one representative per department, and the residents. */
    public int headcount() {
        return members.size() + departments.size() + Math.max(residentCount, residentNames.size());
    }
}
