package org.tongxin.projections.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One pool entry as the pages show it; codes (type, status, kinds) stay codes, the reader's bundle names them.
 *
 * @param version the sequence number of the last event folded in
 */
public record SupervisionView(
        String supervisionId,
        String subject,
        String description,
        String type,
        int planYear,
        String status,
        List<String> departments,
        List<Source> sources,
        Team team,
        List<Activity> activities,
        List<Item> items,
        String result,
        int accepted,
        int unresolved,
        String registeredBy,
        Instant registeredAt,
        Instant closedAt,
        long version) {

    public SupervisionView {
        departments = departments == null ? List.of() : List.copyOf(departments);
        sources = sources == null ? List.of() : List.copyOf(sources);
        activities = activities == null ? List.of() : List.copyOf(activities);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A source kind ({@code SupervisionSource.Kind}) and its id. */
    public record Source(String kind, String id) {}

    public record Team(List<String> members, List<String> staff, boolean governmentInspectionOffice) {}

    public record Activity(
            int n, String kind, LocalDate heldOn, String places, String participants, List<FindingView> findings) {}

    public record FindingView(int no, String department, String text) {}

    /** One rectification item: one department's round on one finding. */
    public record Item(
            String handlingId,
            int findingNo,
            String department,
            String finding,
            int round,
            String status,
            String answer,
            String evidence,
            LocalDate answeredOn,
            String opinion,
            Instant orderedAt) {}

    /** What a department officer may see: the entry with the items transferred to its department only. */
    public SupervisionView forDepartment(String department) {
        return new SupervisionView(
                supervisionId,
                subject,
                description,
                type,
                planYear,
                status,
                departments,
                sources,
                team,
                activities.stream()
                        .map(a -> new Activity(
                                a.n(),
                                a.kind(),
                                a.heldOn(),
                                a.places(),
                                a.participants(),
                                a.findings().stream()
                                        .filter(f -> f.department().equals(department))
                                        .toList()))
                        .toList(),
                items.stream().filter(i -> i.department().equals(department)).toList(),
                result,
                accepted,
                unresolved,
                registeredBy,
                registeredAt,
                closedAt,
                version);
    }
}
