package org.tongxin.infra.members;

import java.util.List;
import java.util.Map;

/**
 * Which members belong to which sector (界别) and workstation (委员工作站), for the summaries. The registry of
 * accounts, sectors and workstations answers this once it keeps them; until then {@link AttributedAffiliations}
 * reads it off the members' own items. An implementation that knows better is marked {@code @Primary}.
 */
public interface MemberAffiliations {

    /** The sector of each member who has one, by member id. */
    Map<String, String> sectors();

    /** The workstations each member is attached to, by member id. */
    Map<String, List<String>> workstations();
}
