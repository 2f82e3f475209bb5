package org.tongxin.infra.members;

import java.util.List;
import java.util.Map;
import org.tongxin.projections.activity.ActivityCategory;

/**
 * The members of a sector, of a workstation or of the whole committee in one year, ranked by score (equal scores
 * share a rank), with each member's count and points per heading and the group's totals.
 *
 * @param sector the sector summarised, or null
 * @param workstation the workstation summarised, or null
 */
public record RecordSummary(
        int year,
        String sector,
        String workstation,
        List<Row> members,
        Map<ActivityCategory, Integer> counts,
        Map<ActivityCategory, Integer> points,
        int score) {

    public record Row(
            int rank,
            String member,
            Map<ActivityCategory, Integer> counts,
            Map<ActivityCategory, Integer> points,
            int score) {}
}
