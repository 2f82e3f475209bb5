package org.tongxin.infra.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.tongxin.projections.activity.ActivityCategory;
import org.tongxin.projections.activity.ListActivitiesOfYear;
import org.tongxin.projections.activity.ListActivityYears;
import org.tongxin.projections.activity.ListMemberActivities;
import org.tongxin.projections.activity.MemberActivity;
import org.tongxin.projections.activity.MemberActivityContributor;

/**
 * Puts a member's year together: the activities folded from events and those every {@link MemberActivityContributor}
 * knows of, scored by the configured scheme and grouped by heading.
 */
@Service
public class MemberRecords {

    private final QueryGateway queries;
    private final List<MemberActivityContributor> contributors;
    private final ScoringScheme scheme;
    private final ZoneId zone;
    private final Clock clock;

    MemberRecords(
            QueryGateway queries,
            List<MemberActivityContributor> contributors,
            RecordPoints points,
            ZoneId committeeZone,
            Clock clock) {
        this.queries = queries;
        this.contributors = List.copyOf(contributors);
        this.scheme = points.scheme();
        this.zone = committeeZone;
        this.clock = clock;
    }

    public ScoringScheme scheme() {
        return scheme;
    }

    /** The year it is now in the committee's zone. */
    public int currentYear() {
        return LocalDate.now(clock.withZone(zone)).getYear();
    }

    public YearlyRecord of(String member, int year) {
        List<MemberActivity> activities = new ArrayList<>(queries.query(
                        new ListMemberActivities(member, year), ResponseTypes.multipleInstancesOf(MemberActivity.class))
                .join());
        contributors.forEach(c -> activities.addAll(c.activities(member, year).stream()
                .filter(a -> a.member().equals(member) && a.year() == year)
                .toList()));
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(queries.query(new ListActivityYears(member), ResponseTypes.multipleInstancesOf(Integer.class))
                .join());
        years.add(year);
        return record(member, year, List.copyOf(years), activities);
    }

    /** Every member's record of {@code year} who has any activity in it, by member. */
    public Map<String, YearlyRecord> ofYear(int year) {
        List<MemberActivity> activities = new ArrayList<>(
                queries.query(new ListActivitiesOfYear(year), ResponseTypes.multipleInstancesOf(MemberActivity.class))
                        .join());
        contributors.forEach(c -> activities.addAll(
                c.activitiesOfYear(year).stream().filter(a -> a.year() == year).toList()));
        Map<String, List<MemberActivity>> byMember = new LinkedHashMap<>();
        activities.forEach(a ->
                byMember.computeIfAbsent(a.member(), m -> new ArrayList<>()).add(a));
        Map<String, YearlyRecord> records = new LinkedHashMap<>();
        byMember.forEach((member, list) -> records.put(member, record(member, year, List.of(year), list)));
        return records;
    }

    YearlyRecord record(String member, int year, List<Integer> years, List<MemberActivity> activities) {
        Map<ActivityCategory, List<YearlyRecord.Item>> items = new EnumMap<>(ActivityCategory.class);
        for (ActivityCategory c : ActivityCategory.values()) {
            items.put(c, new ArrayList<>());
        }
        activities.stream()
                .sorted(Comparator.comparing(MemberActivity::on)
                        .thenComparing(a -> a.kind().ordinal()))
                .forEach(a -> items.get(a.category()).add(new YearlyRecord.Item(a, scheme.points(a))));
        List<YearlyRecord.Category> categories = new ArrayList<>();
        int total = 0;
        for (Map.Entry<ActivityCategory, List<YearlyRecord.Item>> e : items.entrySet()) {
            int points =
                    e.getValue().stream().mapToInt(YearlyRecord.Item::points).sum();
            total += points;
            categories.add(
                    new YearlyRecord.Category(e.getKey(), e.getValue().size(), points, List.copyOf(e.getValue())));
        }
        return new YearlyRecord(member, year, years, total, List.copyOf(categories));
    }
}
