package org.tongxin.engine.supervision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

/**
 * A supervision pool entry (民主监督议题): the matter, its team, its activities and findings, and the rectification
 * items its findings became, each one department's handling of kind {@code RECTIFICATION} verified by the team.
 */
@AggregateRoot
class SupervisionEntry {

    @AggregateIdentifier
    private SupervisionId id;

    private SupervisionStatus status;
    private List<DepartmentCode> departments;
    private List<SupervisionSource> sources;
    private boolean teamFormed;
    private final Set<String> teamMembers = new HashSet<>();
    private int activities;
    private final Map<Integer, Finding> findings = new LinkedHashMap<>();
    private final Map<HandlingId, Item> items = new LinkedHashMap<>();

    /** One department's round on one finding. */
    private record Item(int findingNo, int round, RectificationStatus status) {

        Item with(RectificationStatus next) {
            return new Item(findingNo, round, next);
        }
    }

    protected SupervisionEntry() {
        // for Axon's event sourcing
    }

    /** Create-if-missing so that a policy delivering the same source twice finds the entry it filed and adds nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterSupervisionEntry command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER, Role.SYSTEM);
        if (id != null) {
            return;
        }
        if (isBlank(command.subject()) || command.subject().strip().length() > SupervisionLimits.SUBJECT_MAX) {
            throw new RuleViolation(SupervisionRule.SUBJECT_REQUIRED);
        }
        requireLength(command.description());
        requireLength(command.rectifyNow());
        if (command.type() == null) {
            throw new RuleViolation(SupervisionRule.TYPE_REQUIRED);
        }
        if (command.departments().isEmpty()) {
            throw new RuleViolation(SupervisionRule.DEPARTMENTS_REQUIRED);
        }
        if (new HashSet<>(command.departments()).size() != command.departments().size()) {
            throw new RuleViolation(SupervisionRule.DEPARTMENT_NAMED_TWICE);
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (Math.abs(command.planYear() - thisYear) > 1) {
            throw new RuleViolation(
                    SupervisionRule.PLAN_YEAR_OUT_OF_RANGE,
                    command.planYear() + " is not within a year of " + thisYear);
        }
        List<SupervisionSource> filedFrom = command.sources().isEmpty()
                ? List.of(new SupervisionSource(
                        SupervisionSource.Kind.DIRECT, command.by().userId()))
                : command.sources();
        apply(new SupervisionEntryRegistered(
                command.supervisionId(),
                command.subject().strip(),
                isBlank(command.description()) ? "" : command.description().strip(),
                command.type(),
                command.planYear(),
                command.departments(),
                filedFrom,
                command.by(),
                clock.instant()));
        if (!isBlank(command.rectifyNow())) {
            DepartmentCode department = command.departments().get(0);
            apply(new RectificationOrdered(
                    id,
                    1,
                    rectificationOf(department),
                    department,
                    command.rectifyNow().strip(),
                    1,
                    command.by(),
                    clock.instant()));
        }
    }

    @CommandHandler
    void handle(FormSupervisionTeam command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        requireOpen();
        List<String> members = distinct(command.members());
        List<String> staff = distinct(command.staff());
        if (members.isEmpty()) {
            throw new RuleViolation(SupervisionRule.TEAM_MEMBERS_REQUIRED);
        }
        if (members.size() != command.members().size()
                || staff.size() != command.staff().size()
                || members.size() + staff.size() > SupervisionLimits.TEAM_MAX) {
            throw new RuleViolation(SupervisionRule.TEAM_TOO_LARGE);
        }
        apply(new SupervisionTeamFormed(
                id, members, staff, command.governmentInspectionOffice(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordInspection command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        requireOpen();
        if (!teamFormed) {
            throw new RuleViolation(SupervisionRule.TEAM_FIRST);
        }
        if (command.kind() == null || command.heldOn() == null || isBlank(command.places())) {
            throw new RuleViolation(SupervisionRule.ACTIVITY_INCOMPLETE);
        }
        if (command.heldOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation(SupervisionRule.ACTIVITY_IN_FUTURE, command.heldOn() + " is after today");
        }
        if (command.places().strip().length() > SupervisionLimits.NAME_MAX) {
            throw new RuleViolation(SupervisionRule.TEXT_TOO_LONG, "places");
        }
        if (command.participants() != null && command.participants().strip().length() > SupervisionLimits.NAME_MAX) {
            throw new RuleViolation(SupervisionRule.TEXT_TOO_LONG, "participants");
        }
        if (command.findings().size() > SupervisionLimits.FINDINGS_MAX) {
            throw new RuleViolation(SupervisionRule.TEXT_TOO_LONG, "at most " + SupervisionLimits.FINDINGS_MAX);
        }
        List<Finding> found = new ArrayList<>();
        for (Finding finding : command.findings()) {
            if (finding == null || finding.department() == null || isBlank(finding.text())) {
                throw new RuleViolation(SupervisionRule.FINDING_INCOMPLETE);
            }
            requireLength(finding.text());
            if (!departments.contains(finding.department())) {
                throw new RuleViolation(
                        SupervisionRule.FINDING_DEPARTMENT_NOT_CONCERNED, finding.department() + " is not concerned");
            }
            found.add(new Finding(finding.department(), finding.text().strip()));
        }
        apply(new InspectionRecorded(
                id,
                activities + 1,
                command.kind(),
                command.heldOn(),
                command.places().strip(),
                isBlank(command.participants()) ? "" : command.participants().strip(),
                found,
                findings.size() + 1,
                command.by(),
                clock.instant()));
        if (command.rectify()) {
            int no = findings.size() - found.size() + 1;
            for (Finding finding : found) {
                apply(new RectificationOrdered(
                        id,
                        no++,
                        rectificationOf(finding.department()),
                        finding.department(),
                        finding.text(),
                        1,
                        command.by(),
                        clock.instant()));
            }
        }
    }

    @CommandHandler
    void handle(OrderRectification command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        requireOpen();
        Finding finding = findings.get(command.findingNo());
        if (finding == null) {
            throw new RuleViolation(SupervisionRule.UNKNOWN_FINDING, "finding " + command.findingNo());
        }
        if (items.values().stream().anyMatch(i -> i.findingNo() == command.findingNo())) {
            throw new RuleViolation(SupervisionRule.ALREADY_RECTIFYING, "finding " + command.findingNo());
        }
        apply(new RectificationOrdered(
                id,
                command.findingNo(),
                rectificationOf(finding.department()),
                finding.department(),
                finding.text(),
                1,
                command.by(),
                clock.instant()));
    }

    /** Idempotent: the same answer delivered twice changes nothing. */
    @CommandHandler
    void handle(RecordRectificationAnswer command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DEPT_OFFICER, Role.SYSTEM);
        Item item = items.get(command.handlingId());
        if (item == null) {
            throw new RuleViolation(SupervisionRule.UNKNOWN_RECTIFICATION, command.handlingId() + "");
        }
        if (command.by().role() == Role.DEPT_OFFICER
                && !command.handlingId().department().equals(command.by().department())) {
            throw new RuleViolation(SupervisionRule.NOT_THE_DEPARTMENT);
        }
        if (item.status() != RectificationStatus.TRANSFERRED) {
            return;
        }
        if (isBlank(command.text())) {
            throw new RuleViolation(SupervisionRule.ANSWER_REQUIRED);
        }
        requireLength(command.text());
        requireLength(command.evidence());
        apply(new RectificationAnswered(
                id,
                item.findingNo(),
                command.handlingId(),
                command.text().strip(),
                isBlank(command.evidence()) ? "" : command.evidence().strip(),
                command.answeredOn() == null ? LocalDate.now(clock) : command.answeredOn(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(VerifyRectification command, Clock clock, SupervisionPolicy policy) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER, Role.MEMBER);
        if (command.by().role() == Role.MEMBER
                && !teamMembers.contains(command.by().userId())) {
            throw new RuleViolation(SupervisionRule.NOT_IN_THE_TEAM);
        }
        requireOpen();
        Item item = items.get(command.handlingId());
        if (item == null) {
            throw new RuleViolation(SupervisionRule.UNKNOWN_RECTIFICATION, command.handlingId() + "");
        }
        if (item.status() != RectificationStatus.ANSWERED) {
            throw new RuleViolation(SupervisionRule.NOT_ANSWERED, "the item is " + item.status());
        }
        if (!command.accepted() && isBlank(command.opinion())) {
            throw new RuleViolation(SupervisionRule.OPINION_REQUIRED);
        }
        requireLength(command.opinion());
        String opinion = isBlank(command.opinion()) ? "" : command.opinion().strip();
        RectificationStatus verdict = command.accepted()
                ? RectificationStatus.ACCEPTED
                : item.round() < policy.rectificationRounds()
                        ? RectificationStatus.NOT_ACCEPTED
                        : RectificationStatus.UNRESOLVED;
        apply(new RectificationVerified(
                id, item.findingNo(), command.handlingId(), verdict, opinion, command.by(), clock.instant()));
        if (verdict == RectificationStatus.NOT_ACCEPTED) {
            DepartmentCode department = command.handlingId().department();
            apply(new RectificationOrdered(
                    id,
                    item.findingNo(),
                    rectificationOf(department),
                    department,
                    findings.get(item.findingNo()).text(),
                    item.round() + 1,
                    command.by(),
                    clock.instant()));
        }
    }

    @CommandHandler
    void handle(CloseSupervisionEntry command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        requireOpen();
        if (items.values().stream().anyMatch(i -> i.status().open())) {
            throw new RuleViolation(SupervisionRule.RECTIFICATION_OPEN);
        }
        if (isBlank(command.result())) {
            throw new RuleViolation(SupervisionRule.RESULT_REQUIRED);
        }
        requireLength(command.result());
        apply(new SupervisionEntryClosed(
                id,
                command.result().strip(),
                count(RectificationStatus.ACCEPTED),
                count(RectificationStatus.UNRESOLVED),
                sources,
                command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(SupervisionEntryRegistered event) {
        id = event.supervisionId();
        status = SupervisionStatus.POOLED;
        departments = event.departments();
        sources = event.sources();
    }

    @EventSourcingHandler
    void on(SupervisionTeamFormed event) {
        teamFormed = true;
        teamMembers.clear();
        teamMembers.addAll(event.members());
        status = SupervisionStatus.UNDER_WAY;
    }

    @EventSourcingHandler
    void on(InspectionRecorded event) {
        activities = event.n();
        int no = event.firstFindingNo();
        for (Finding finding : event.findings()) {
            findings.put(no++, finding);
        }
    }

    @EventSourcingHandler
    void on(RectificationOrdered event) {
        findings.putIfAbsent(event.findingNo(), new Finding(event.department(), event.finding()));
        items.put(event.handlingId(), new Item(event.findingNo(), event.round(), RectificationStatus.TRANSFERRED));
        status = SupervisionStatus.UNDER_WAY;
    }

    @EventSourcingHandler
    void on(RectificationAnswered event) {
        items.computeIfPresent(event.handlingId(), (h, i) -> i.with(RectificationStatus.ANSWERED));
    }

    @EventSourcingHandler
    void on(RectificationVerified event) {
        items.computeIfPresent(event.handlingId(), (h, i) -> i.with(event.verdict()));
    }

    @EventSourcingHandler
    void on(SupervisionEntryClosed event) {
        status = SupervisionStatus.CLOSED;
    }

    /** The next handling of kind RECTIFICATION for {@code department} on this entry. */
    private HandlingId rectificationOf(DepartmentCode department) {
        long before = items.keySet().stream()
                .filter(h -> h.department().equals(department))
                .count();
        return HandlingId.of(new SourceRef(SourceKind.RECTIFICATION, id.value()), department, (int) before + 1);
    }

    private void requireOpen() {
        if (status == SupervisionStatus.CLOSED) {
            throw new RuleViolation(SupervisionRule.ENTRY_CLOSED);
        }
    }

    private int count(RectificationStatus wanted) {
        return (int) items.values().stream().filter(i -> i.status() == wanted).count();
    }

    private static void requireLength(String text) {
        if (text != null && text.strip().length() > SupervisionLimits.TEXT_MAX) {
            throw new RuleViolation(
                    SupervisionRule.TEXT_TOO_LONG,
                    text.strip().length() + " characters, at most " + SupervisionLimits.TEXT_MAX);
        }
    }

    private static List<String> distinct(List<String> ids) {
        return ids.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
