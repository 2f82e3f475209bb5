package org.tongxin.projections.consultation;

import java.util.List;

/**
 * Meetings and participants per street and kind; suggestions per department with the share taken up (adopted, partly
 * adopted or already done) of those answered. A department's rate is shown only from {@code minSample} answers, the
 * same fairness rule as the handling statistics: {@code adoptionPercent} is null below it.
 */
public record ConsultationStatistics(int minSample, List<MeetingRow> meetings, List<DepartmentRow> departments) {

    public record MeetingRow(String street, String kind, long meetings, long participants) {}

    public record DepartmentRow(
            String department, long suggestions, long answered, long takenUp, Double adoptionPercent) {}
}
