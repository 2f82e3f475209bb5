package org.tongxin.infra.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.tongxin.projections.activity.ActivityCategory;
import org.tongxin.projections.activity.ActivityKind;
import org.tongxin.projections.activity.ListActivitiesOfYear;
import org.tongxin.projections.activity.ListActivityYears;
import org.tongxin.projections.activity.ListMemberActivities;
import org.tongxin.projections.activity.MemberActivity;
import org.tongxin.projections.activity.MemberActivityContributor;

/** A member's year from the read model and from contributors, scored and grouped by heading. */
class MemberRecordsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What the workstation registry will contribute once merged; here a fixed list. */
    private static final class FakeRegistry implements MemberActivityContributor {
        final List<MemberActivity> known = new ArrayList<>();

        @Override
        public List<MemberActivity> activities(String member, int year) {
            return known.stream()
                    .filter(a -> a.member().equals(member) && a.year() == year)
                    .toList();
        }

        @Override
        public List<MemberActivity> activitiesOfYear(int year) {
            return known.stream().filter(a -> a.year() == year).toList();
        }
    }

    private final QueryGateway queries = mock(QueryGateway.class);
    private final FakeRegistry registry = new FakeRegistry();
    private final MemberRecords records = new MemberRecords(
            queries,
            List.of(registry),
            new RecordPoints(null, null, null),
            ZONE,
            Clock.fixed(Instant.parse("2026-12-31T17:00:00Z"), ZONE));

    @Test
    @SuppressWarnings("unchecked")
    void contributedActivitiesAreScoredAndShownUnderTheirOwnHeadings() {
        MemberActivity proposal = activity("member", ActivityKind.PROPOSAL_LEAD, "FILED", LocalDate.of(2026, 3, 2));
        when(queries.query(eq(new ListMemberActivities("member", 2026)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(proposal)));
        when(queries.query(eq(new ListActivityYears("member")), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(List.of(2026, 2025)));
        registry.known.add(activity("member", ActivityKind.DUTY_SHIFT, null, LocalDate.of(2026, 4, 1)));
        registry.known.add(activity("member", ActivityKind.DUTY_SHIFT, null, LocalDate.of(2026, 4, 8)));
        registry.known.add(activity("member", ActivityKind.RECEPTION_VISIT, null, LocalDate.of(2026, 4, 8)));
        registry.known.add(activity("member", ActivityKind.RESEARCH_TOPIC, null, LocalDate.of(2026, 6, 1)));
        // another year, another member: not this record's
        registry.known.add(activity("member", ActivityKind.DUTY_SHIFT, null, LocalDate.of(2025, 4, 1)));
        registry.known.add(activity("member2", ActivityKind.DUTY_SHIFT, null, LocalDate.of(2026, 4, 1)));

        YearlyRecord year = records.of("member", 2026);

        assertThat(year.category(ActivityCategory.DUTY_SHIFT).count()).isEqualTo(2);
        assertThat(year.category(ActivityCategory.DUTY_SHIFT).points()).isEqualTo(4);
        assertThat(year.category(ActivityCategory.RECEPTION_VISIT).points()).isEqualTo(1);
        assertThat(year.category(ActivityCategory.RESEARCH_TOPIC).points()).isEqualTo(3);
        assertThat(year.category(ActivityCategory.PROPOSALS).points()).isEqualTo(5);
        assertThat(year.category(ActivityCategory.CLUES).count()).isZero();
        assertThat(year.score()).isEqualTo(4 + 1 + 3 + 5);
        assertThat(year.years()).containsExactly(2026, 2025);
        assertThat(year.categories())
                .extracting(YearlyRecord.Category::category)
                .containsExactly(ActivityCategory.values());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theYearsRecordsTakeEveryMembersContributionsToo() {
        when(queries.query(eq(new ListActivitiesOfYear(2026)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(
                        List.of(activity("member", ActivityKind.INSPECTION, "INSPECTION", LocalDate.of(2026, 9, 9)))));
        registry.known.add(activity("member2", ActivityKind.RECEPTION_VISIT, null, LocalDate.of(2026, 4, 1)));

        var all = records.ofYear(2026);

        assertThat(all).containsOnlyKeys("member", "member2");
        assertThat(all.get("member").score()).isEqualTo(2);
        assertThat(all.get("member2").score()).isEqualTo(1);
        assertThat(records.currentYear()).isEqualTo(2027);
    }

    private static MemberActivity activity(String member, ActivityKind kind, String outcome, LocalDate on) {
        return new MemberActivity(member, kind, kind + "-" + on, null, "活动", null, outcome, null, on, "/workstations");
    }
}
