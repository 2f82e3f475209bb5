package org.tongxin.infra.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.AppointSpecialSupervisor;
import org.tongxin.engine.supervision.EndSpecialSupervisorTerm;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.RecordSupervisorFinding;
import org.tongxin.engine.supervision.RegisterSupervisionEntry;
import org.tongxin.engine.supervision.SpecialSupervisorId;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionLimits;
import org.tongxin.engine.supervision.SupervisionSource;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;

/**
 * What the office, leaders and special supervisors do outside a task: file an entry, appoint a supervisor, record a
 * finding. Each is one transaction with the process it starts. Input is checked here field by field (a 400 naming
 * the field); the domain's rules then refuse with their codes.
 */
@Service
class SupervisionDesk {

    static final Set<Role> FILERS = Set.of(Role.STAFF, Role.LEADER);
    static final int DEPARTMENTS_MAX = 20;

    private final CommandSender commands;
    private final References references;

    SupervisionDesk(CommandSender commands, References references) {
        this.commands = commands;
        this.references = references;
    }

    /** A new entry, filed directly or for a key proposal. */
    record Filing(
            String subject,
            String description,
            String type,
            Integer planYear,
            List<String> departments,
            String keyProposal) {}

    record Appointment(String member, String department, String termStart, String termEnd) {}

    /** An appointment ended before its term: whose, at which department, from when and why. */
    record TermEnding(String member, String department, String endedOn, String reason) {}

    record FindingReport(
            String member, String department, String subject, String text, String observedOn, String route) {}

    @Transactional
    public String file(Filing f, ActorRef by) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "subject", f.subject(), SupervisionLimits.SUBJECT_MAX, true);
        text(errors, "description", f.description(), SupervisionLimits.TEXT_MAX, false);
        SupervisionType type = choice(errors, "type", f.type(), SupervisionType.class);
        if (f.planYear() == null) {
            errors.add(new FieldError("planYear", "is required"));
        }
        List<DepartmentCode> departments = new ArrayList<>();
        List<String> named = f.departments() == null ? List.of() : f.departments();
        if (named.isEmpty() || named.stream().allMatch(d -> d == null || d.isBlank())) {
            errors.add(new FieldError("departments", "is required"));
        } else if (named.size() > DEPARTMENTS_MAX) {
            errors.add(new FieldError("departments", "must be one of at most " + DEPARTMENTS_MAX + " departments"));
        } else {
            for (String d : named) {
                if (d == null || d.isBlank()) {
                    continue;
                }
                String code = resolve(errors, FieldType.DEPARTMENT, "departments", d);
                if (code != null) {
                    departments.add(new DepartmentCode(code));
                }
            }
        }
        List<SupervisionSource> sources = new ArrayList<>();
        if (f.keyProposal() != null && !f.keyProposal().isBlank()) {
            String proposal = resolve(errors, FieldType.PROPOSAL, "keyProposal", f.keyProposal());
            if (proposal != null) {
                sources.add(new SupervisionSource(SupervisionSource.Kind.KEY_PROPOSAL, proposal));
            }
        }
        reject(errors);
        SupervisionId id = SupervisionId.random();
        commands.send(
                new RegisterSupervisionEntry(
                        id, f.subject(), f.description(), type, f.planYear(), departments, sources, null, by),
                Map.of("origin", "supervision-desk"));
        return id.value();
    }

    @Transactional
    public void appoint(Appointment a, ActorRef by) {
        List<FieldError> errors = new ArrayList<>();
        String member = required(errors, FieldType.MEMBER, "member", a.member());
        String department = required(errors, FieldType.DEPARTMENT, "department", a.department());
        LocalDate start = date(errors, "termStart", a.termStart(), true);
        LocalDate end = date(errors, "termEnd", a.termEnd(), true);
        reject(errors);
        commands.send(
                new AppointSpecialSupervisor(
                        new SpecialSupervisorId(member), new DepartmentCode(department), start, end, by),
                Map.of("origin", "supervision-desk"));
    }

    /** The office ends a current appointment early; the registry keeps it, with the day and the reason. */
    @Transactional
    public void endTerm(TermEnding t, ActorRef by) {
        List<FieldError> errors = new ArrayList<>();
        String member = required(errors, FieldType.MEMBER, "member", t.member());
        String department = required(errors, FieldType.DEPARTMENT, "department", t.department());
        LocalDate endedOn = date(errors, "endedOn", t.endedOn(), true);
        text(errors, "reason", t.reason(), SupervisionLimits.END_REASON_MAX, true);
        reject(errors);
        commands.send(
                new EndSpecialSupervisorTerm(
                        new SpecialSupervisorId(member), new DepartmentCode(department), endedOn, t.reason(), by),
                Map.of("origin", "supervision-desk"));
    }

    /** A member reports their own finding; the office may record one for a member. */
    @Transactional
    public void report(FindingReport r, ActorRef by) {
        List<FieldError> errors = new ArrayList<>();
        String member =
                by.role() == Role.MEMBER ? by.userId() : required(errors, FieldType.MEMBER, "member", r.member());
        String department = required(errors, FieldType.DEPARTMENT, "department", r.department());
        text(errors, "subject", r.subject(), SupervisionLimits.SUBJECT_MAX, true);
        text(errors, "text", r.text(), SupervisionLimits.TEXT_MAX, true);
        LocalDate observed = date(errors, "observedOn", r.observedOn(), false);
        FindingRoute route = choice(errors, "route", r.route(), FindingRoute.class);
        reject(errors);
        commands.send(
                new RecordSupervisorFinding(
                        new SpecialSupervisorId(member),
                        new DepartmentCode(department),
                        r.subject(),
                        r.text(),
                        observed,
                        route,
                        by),
                Map.of("origin", "supervision-desk"));
    }

    private String required(List<FieldError> errors, FieldType kind, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return resolve(errors, kind, field, value);
    }

    private String resolve(List<FieldError> errors, FieldType kind, String field, String value) {
        if (value.strip().length() > 100) {
            errors.add(new FieldError(field, "must be at most 100 characters"));
            return null;
        }
        var id = references.resolve(kind, value.strip());
        if (id.isEmpty()) {
            errors.add(new FieldError(
                    field, "unknown " + kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + value.strip()));
            return null;
        }
        return id.get();
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static <E extends Enum<E>> E choice(List<FieldError> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of the listed values"));
            return null;
        }
    }

    private static LocalDate date(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (yyyy-mm-dd)"));
            return null;
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
    }
}
