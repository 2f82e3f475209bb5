package org.tongxin.infra.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.projections.activity.ListMemberAttributions;
import org.tongxin.projections.activity.MemberAttribution;

/**
 * A member's sector is the one their own clues and reports name most often; their workstations are every one their
 * clues name. Stands in until accounts carry their sector and workstations.
 */
@Component
class AttributedAffiliations implements MemberAffiliations {

    private final QueryGateway queries;

    AttributedAffiliations(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Map<String, String> sectors() {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (MemberAttribution a : attributions()) {
            if (a.sector() != null) {
                counts.computeIfAbsent(a.member(), m -> new LinkedHashMap<>())
                        .merge(a.sector(), a.items(), Integer::sum);
            }
        }
        Map<String, String> sectors = new LinkedHashMap<>();
        counts.forEach((member, bySector) -> bySector.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(e -> sectors.put(member, e.getKey())));
        return sectors;
    }

    @Override
    public Map<String, List<String>> workstations() {
        Map<String, List<String>> workstations = new LinkedHashMap<>();
        for (MemberAttribution a : attributions()) {
            if (a.workstation() != null) {
                workstations.computeIfAbsent(a.member(), m -> new ArrayList<>()).add(a.workstation());
            }
        }
        return workstations;
    }

    private List<MemberAttribution> attributions() {
        return queries.query(new ListMemberAttributions(), ResponseTypes.multipleInstancesOf(MemberAttribution.class))
                .join();
    }
}
