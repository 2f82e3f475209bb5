package org.tongxin.infra.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxin.projections.activity.ActivityKind;
import org.tongxin.projections.activity.MemberActivity;

class ScoringSchemeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 8);
    private final ScoringScheme scheme = ScoringScheme.defaults();

    @Test
    void aReportAdoptedEarnsThePointsOfItsLevel() {
        assertThat(scheme.points(activity(ActivityKind.REPORT_ADOPTED, "DISTRICT", null)))
                .isEqualTo(2);
        assertThat(scheme.points(activity(ActivityKind.REPORT_ADOPTED, "NATIONAL", null)))
                .isEqualTo(10);
        assertThat(scheme.points(activity(ActivityKind.REPORT_INSTRUCTED, "CITY", null)))
                .isEqualTo(5);
    }

    @Test
    void aFiledProposalEarnsItsKindAndItsOutcome() {
        assertThat(scheme.points(activity(ActivityKind.PROPOSAL_LEAD, null, "SUBMITTED")))
                .isEqualTo(3);
        assertThat(scheme.points(activity(ActivityKind.PROPOSAL_LEAD, null, "FILED")))
                .isEqualTo(5);
        assertThat(scheme.points(activity(ActivityKind.PROPOSAL_LEAD, null, "NOT_FILED")))
                .isEqualTo(3);
        assertThat(scheme.points(activity(ActivityKind.PROPOSAL_JOINT, null, "FILED")))
                .isEqualTo(2);
    }

    @Test
    void aRaisedClueThatBecameSomethingEarnsMoreThanOneDeclined() {
        assertThat(scheme.points(activity(ActivityKind.CLUE_RAISED, null, "CONVERTED")))
                .isEqualTo(3);
        assertThat(scheme.points(activity(ActivityKind.CLUE_RAISED, null, "DECLINED")))
                .isEqualTo(1);
    }

    @Test
    void aConfiguredNumberReplacesItsDefaultOnly() {
        ScoringScheme local = scheme.with(
                Map.of(ActivityKind.CONSULTATION_ATTENDED, 4),
                Map.of(ActivityKind.REPORT_ADOPTED, Map.of("CITY", 9)),
                null);

        assertThat(local.points(activity(ActivityKind.CONSULTATION_ATTENDED, null, null)))
                .isEqualTo(4);
        assertThat(local.points(activity(ActivityKind.REPORT_ADOPTED, "CITY", null)))
                .isEqualTo(9);
        assertThat(local.points(activity(ActivityKind.REPORT_ADOPTED, "PROVINCE", null)))
                .isEqualTo(6);
        assertThat(local.points(activity(ActivityKind.INSPECTION, null, "INSPECTION")))
                .isEqualTo(2);
    }

    private static MemberActivity activity(ActivityKind kind, String level, String outcome) {
        return new MemberActivity("member", kind, "k", "s-1", "标题", level, outcome, null, DAY, "/cases/s-1");
    }
}
