package org.tongxin.engine.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

@AggregateRoot
class OpinionReport {

    @AggregateIdentifier
    private ReportId id;

    private ReportStatus status;
    private String author;
    private List<ReportSource> sources;
    private final List<HandlingId> transferred = new ArrayList<>();
    private final Set<HandlingId> answered = new HashSet<>();

    protected OpinionReport() {
        // for Axon's event sourcing
    }

    @CommandHandler
    OpinionReport(DraftOpinionReport command, ContentPolicy limits, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER, Role.STAFF);
        if (isBlank(command.title()) || isBlank(command.content())) {
            throw new RuleViolation(ReportRule.TITLE_AND_CONTENT_REQUIRED);
        }
        String content = command.content().strip();
        // Characters as a reader counts them (code points), so a supplementary CJK character counts once.
        int length = content.codePointCount(0, content.length());
        if (length > limits.opinionReportMaxChars()) {
            throw new RuleViolation(
                    ReportRule.TOO_LONG, length + " characters, at most " + limits.opinionReportMaxChars());
        }
        apply(new OpinionReportDrafted(
                command.reportId(),
                command.title().strip(),
                content,
                command.by().userId(),
                command.sources() == null ? List.of() : List.copyOf(command.sources()),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(SubmitOpinionReport command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER, Role.STAFF);
        if (command.by().role() == Role.MEMBER && !command.by().userId().equals(author)) {
            throw new RuleViolation(ReportRule.NOT_THE_AUTHOR);
        }
        if (!status.canMoveTo(ReportStatus.SUBMITTED)) {
            throw new RuleViolation(ReportRule.NOT_A_DRAFT, "the report is " + status);
        }
        apply(new OpinionReportSubmitted(id, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(AdoptOpinionReport command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!status.canMoveTo(ReportStatus.ADOPTED)) {
            throw new RuleViolation(ReportRule.NOT_SUBMITTED, "the report is " + status);
        }
        if (isBlank(command.bulletinIssue())) {
            throw new RuleViolation(ReportRule.BULLETIN_REQUIRED);
        }
        apply(new OpinionReportAdopted(id, command.bulletinIssue().strip(), sources, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(DeclineOpinionReport command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!status.canMoveTo(ReportStatus.NOT_ADOPTED)) {
            throw new RuleViolation(ReportRule.NOT_SUBMITTED, "the report is " + status);
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(ReportRule.REASON_REQUIRED);
        }
        apply(new OpinionReportDeclined(id, command.reason().strip(), sources, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordLeaderInstruction command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (status != ReportStatus.ADOPTED) {
            throw new RuleViolation(ReportRule.NOT_ADOPTED, "the report is " + status);
        }
        if (isBlank(command.leader()) || isBlank(command.instruction())) {
            throw new RuleViolation(ReportRule.INSTRUCTION_INCOMPLETE);
        }
        if (new HashSet<>(command.departments()).size() != command.departments().size()) {
            throw new RuleViolation(ReportRule.DEPARTMENT_NAMED_TWICE);
        }
        SourceRef source = new SourceRef(SourceKind.INSTRUCTION, id.value());
        List<HandlingId> opened = command.departments().stream()
                .map(d -> HandlingId.of(source, d, transfers(d) + 1))
                .toList();
        apply(new LeaderInstructionRecorded(
                id, command.leader().strip(), command.instruction().strip(), opened, command.by(), clock.instant()));
    }

    /** Idempotent: the policy that feeds replies back may deliver one twice. */
    @CommandHandler
    void handle(RecordInstructionReply command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        if (!transferred.contains(command.handlingId())) {
            throw new RuleViolation(ReportRule.UNKNOWN_TRANSFER, command.handlingId() + "");
        }
        if (answered.contains(command.handlingId())) {
            return;
        }
        apply(new InstructionReplyRecorded(
                id,
                command.handlingId(),
                author,
                command.measures(),
                command.repliedOn(),
                command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(OpinionReportDrafted event) {
        id = event.reportId();
        author = event.author();
        sources = event.sources();
        status = ReportStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(OpinionReportSubmitted event) {
        status = ReportStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(OpinionReportAdopted event) {
        status = ReportStatus.ADOPTED;
    }

    @EventSourcingHandler
    void on(OpinionReportDeclined event) {
        status = ReportStatus.NOT_ADOPTED;
    }

    @EventSourcingHandler
    void on(LeaderInstructionRecorded event) {
        transferred.addAll(event.handlings());
    }

    @EventSourcingHandler
    void on(InstructionReplyRecorded event) {
        answered.add(event.handlingId());
    }

    /** How many times the matter was transferred to {@code department} before. */
    private int transfers(DepartmentCode department) {
        return (int) transferred.stream()
                .filter(h -> h.department().equals(department))
                .count();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
