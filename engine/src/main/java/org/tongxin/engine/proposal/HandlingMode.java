package org.tongxin.engine.proposal;

import java.util.Collections;
import java.util.List;
import org.tongxin.engine.shared.HandlingRole;

/** How a filed proposal is shared among departments (交办方式). */
public enum HandlingMode {
    /** 主办+协办: one lead department, any number of co-handlers. */
    LEAD_WITH_CO,
    /** 分办: each department answers its own part separately. */
    SEPARATE,
    /**
     * 并案: proposals on the same matter are handled together. Each merged proposal is assigned on its own and names
     * the others; its departments take the lead-with-co shape, because one lead department composes the common answer,
     * which each proposal then receives as its own reply.
     */
    MERGED;

    /** Whether the roles, one per assigned department, have this mode's shape. */
    public boolean fits(List<HandlingRole> roles) {
        if (roles.isEmpty()) {
            return false;
        }
        return switch (this) {
            case LEAD_WITH_CO, MERGED -> Collections.frequency(roles, HandlingRole.LEAD) == 1
                    && !roles.contains(HandlingRole.SEPARATE);
            case SEPARATE -> Collections.frequency(roles, HandlingRole.SEPARATE) == roles.size();
        };
    }
}
