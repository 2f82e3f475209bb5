package org.tongxin.engine.registry;

import java.util.Objects;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/**
 * A registry entry as the office enters it. {@code sectors} names the sectors a sector group joins (e.g.
 * 共青团、总工会、妇联), optional elsewhere.
 */
public record Station(
        StationCode code,
        String name,
        StationKind kind,
        String district,
        String street,
        String address,
        String contactName,
        String contactPhone,
        String sectors) {

    public static final int NAME_MAX = 100;

    public Station {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new RuleViolation(RegistryRule.NAME_REQUIRED);
        }
        name = name.strip();
    }

    /** A contact point (界别群众联系点) is where a sector group meets its constituents; other entries have none. */
    public void acceptsContactPoint() {
        if (kind != StationKind.SECTOR_GROUP) {
            throw new RuleViolation(RegistryRule.CONTACT_POINT_ON_SECTOR_GROUP_ONLY);
        }
    }

    /** Members are attached to workstations; other accounts act for the office or a department, not a constituency. */
    public static void checkAttachable(Role accountRole) {
        if (accountRole != Role.MEMBER) {
            throw new RuleViolation(RegistryRule.MEMBER_NOT_A_MEMBER);
        }
    }
}
