package org.tongxin.infra.members;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tongxin.infra.shared.MemberAffiliations;
import org.tongxin.projections.activity.ActivityCategory;

/** The sector, workstation and committee summaries of the member records. */
@Service
public class RecordSummaries {

    private final MemberRecords records;
    private final MemberAffiliations affiliations;
    private final JdbcClient jdbc;

    RecordSummaries(MemberRecords records, MemberAffiliations affiliations, JdbcClient jdbc) {
        this.records = records;
        this.affiliations = affiliations;
        this.jdbc = jdbc;
    }

    /** The sectors and workstations there are members of, for the pickers. */
    public List<String> sectors() {
        return affiliations.sectors().values().stream().distinct().sorted().toList();
    }

    public List<String> workstations() {
        return affiliations.workstations().values().stream()
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * {@code sector} and {@code workstation} both null: every member account and everyone with an activity that
     * year; otherwise the members of the one given.
     */
    public RecordSummary of(int year, String sector, String workstation) {
        Map<String, YearlyRecord> byMember = records.ofYear(year);
        Set<String> members = new LinkedHashSet<>();
        if (sector != null) {
            affiliations.sectors().forEach((m, s) -> {
                if (s.equals(sector)) {
                    members.add(m);
                }
            });
        } else if (workstation != null) {
            affiliations.workstations().forEach((m, w) -> {
                if (w.contains(workstation)) {
                    members.add(m);
                }
            });
        } else {
            members.addAll(jdbc.sql("SELECT username FROM app_user WHERE role = 'MEMBER' AND enabled ORDER BY username")
                    .query(String.class)
                    .list());
            members.addAll(byMember.keySet());
        }
        List<YearlyRecord> rows = new ArrayList<>();
        for (String m : members) {
            rows.add(byMember.getOrDefault(m, records.record(m, year, List.of(year), List.of())));
        }
        rows.sort(Comparator.comparingInt(YearlyRecord::score).reversed().thenComparing(YearlyRecord::member));
        List<RecordSummary.Row> ranked = new ArrayList<>();
        Map<ActivityCategory, Integer> counts = zero();
        Map<ActivityCategory, Integer> points = zero();
        int rank = 0;
        int previous = Integer.MIN_VALUE;
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            YearlyRecord r = rows.get(i);
            if (r.score() != previous) {
                rank = i + 1;
                previous = r.score();
            }
            Map<ActivityCategory, Integer> c = zero();
            Map<ActivityCategory, Integer> p = zero();
            for (YearlyRecord.Category cat : r.categories()) {
                c.put(cat.category(), cat.count());
                p.put(cat.category(), cat.points());
                counts.merge(cat.category(), cat.count(), Integer::sum);
                points.merge(cat.category(), cat.points(), Integer::sum);
            }
            total += r.score();
            ranked.add(new RecordSummary.Row(rank, r.member(), c, p, r.score()));
        }
        return new RecordSummary(year, sector, workstation, List.copyOf(ranked), counts, points, total);
    }

    private static Map<ActivityCategory, Integer> zero() {
        Map<ActivityCategory, Integer> m = new EnumMap<>(ActivityCategory.class);
        for (ActivityCategory c : ActivityCategory.values()) {
            m.put(c, 0);
        }
        return m;
    }
}
