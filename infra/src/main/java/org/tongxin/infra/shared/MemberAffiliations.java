package org.tongxin.infra.shared;

import java.util.List;
import java.util.Map;

/**
 * Which members belong to which sector (界别) and workstation (委员工作站), for the member records' summaries; the
 * registry answers it from the accounts' sector and the workstations members are attached to.
 */
public interface MemberAffiliations {

    /** The sector of each member who has one, by member id. */
    Map<String, String> sectors();

    /** The codes of the workstations each member is attached to (home station first), by member id. */
    Map<String, List<String>> workstations();
}
