package org.tongxin.infra.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.infra.shared.MemberAffiliations;

/** The sector on each member's account and the workstations they are attached to, home station first. */
@Component
class RegistryAffiliations implements MemberAffiliations {

    private final JdbcClient jdbc;

    RegistryAffiliations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> sectors() {
        Map<String, String> sectors = new LinkedHashMap<>();
        jdbc.sql("SELECT username, sector FROM app_user WHERE role = 'MEMBER' AND sector IS NOT NULL ORDER BY username")
                .query(rs -> {
                    sectors.put(rs.getString("username"), rs.getString("sector"));
                });
        return sectors;
    }

    @Override
    public Map<String, List<String>> workstations() {
        Map<String, List<String>> workstations = new LinkedHashMap<>();
        jdbc.sql(
                        """
                SELECT wm.member, wm.workstation FROM workstation_member wm
                JOIN app_user u ON u.username = wm.member AND u.role = 'MEMBER'
                ORDER BY wm.member, wm.home DESC, wm.workstation
                """)
                .query(rs -> {
                    workstations
                            .computeIfAbsent(rs.getString("member"), m -> new ArrayList<>())
                            .add(rs.getString("workstation"));
                });
        return workstations;
    }
}
