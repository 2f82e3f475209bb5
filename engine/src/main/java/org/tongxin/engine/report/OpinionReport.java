package org.tongxin.engine.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.shared.ActorRef;
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
    private List<String> coAuthors;
    private List<ReportSource> sources;
    private String title;
    private String content;
    private int version;
    private int returns;
    private String bulletinId;
    private final List<HandlingId> transferred = new ArrayList<>();
    private final Set<HandlingId> answered = new HashSet<>();

    protected OpinionReport() {
        // for Axon's event sourcing
    }

    @CommandHandler
    OpinionReport(DraftOpinionReport command, ContentPolicy limits, Clock clock) {
        ActorRef by = command.by();
        RuleViolation.requireRole(by, Role.MEMBER, Role.STAFF, Role.SYSTEM);
        String author =
                isBlank(command.author()) ? by.userId() : command.author().strip();
        if (by.role() == Role.MEMBER && !author.equals(by.userId())) {
            throw new RuleViolation(ReportRule.OWN_NAME_ONLY);
        }
        checkText(command.title(), command.content());
        checkMax(command.sector(), ReportLimits.CHANNEL_MAX);
        String content = command.content().strip();
        // A proposal converted at filing review keeps its whole text as a draft; its author shortens it to submit.
        if (by.role() != Role.SYSTEM) {
            checkLength(content, limits);
        }
        List<String> coAuthors = command.coAuthors().stream().map(String::strip).toList();
        if (coAuthors.size() > ReportLimits.CO_AUTHORS_MAX
                || new HashSet<>(coAuthors).size() != coAuthors.size()
                || coAuthors.contains(author)
                || coAuthors.stream().anyMatch(String::isEmpty)) {
            throw new RuleViolation(ReportRule.CO_AUTHOR_INVALID);
        }
        apply(new OpinionReportDrafted(
                command.reportId(),
                command.title().strip(),
                content,
                author,
                command.sources(),
                by,
                clock.instant(),
                coAuthors,
                isBlank(command.sector()) ? null : command.sector().strip()));
    }

    @CommandHandler
    void handle(ReviseOpinionReport command, ContentPolicy limits, Clock clock) {
        checkActsForAuthor(command.by());
        if (!status.isRevisable()) {
            throw new RuleViolation(ReportRule.NOT_REVISABLE, "the report is " + status);
        }
        checkText(command.title(), command.content());
        if (command.by().role() != Role.SYSTEM) {
            checkLength(command.content().strip(), limits);
        }
        apply(new OpinionReportRevised(
                id, version + 1, command.title().strip(), command.content().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(SubmitOpinionReport command, ContentPolicy limits, Clock clock) {
        checkActsForAuthor(command.by());
        if (!status.canMoveTo(ReportStatus.SUBMITTED)) {
            throw new RuleViolation(ReportRule.NOT_A_DRAFT, "the report is " + status);
        }
        checkLength(content, limits);
        apply(new OpinionReportSubmitted(id, command.by(), clock.instant(), author));
    }

    @CommandHandler
    void handle(ReturnOpinionReport command, ReportPolicy rules, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        checkSubmitted();
        if (isBlank(command.reason())) {
            throw new RuleViolation(ReportRule.RETURN_REASON_REQUIRED);
        }
        checkMax(command.reason(), ReportLimits.REASON_MAX);
        if (returns >= rules.maxRevisionRounds()) {
            throw new RuleViolation(
                    ReportRule.REVISION_ROUNDS_EXHAUSTED,
                    "returned " + returns + " times, at most " + rules.maxRevisionRounds());
        }
        apply(new OpinionReportReturned(
                id, command.reason().strip(), returns + 1, author, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(AdoptOpinionReport command, ContentPolicy limits, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        checkSubmitted();
        if (command.level() == null) {
            throw new RuleViolation(ReportRule.LEVEL_REQUIRED);
        }
        String adoptedTitle =
                isBlank(command.editedTitle()) ? title : command.editedTitle().strip();
        String adoptedContent = isBlank(command.editedContent())
                ? content
                : command.editedContent().strip();
        if (adoptedTitle.codePointCount(0, adoptedTitle.length()) > ReportLimits.TITLE_MAX) {
            throw new RuleViolation(ReportRule.TITLE_TOO_LONG);
        }
        checkLength(adoptedContent, limits);
        checkMax(command.note(), ReportLimits.REASON_MAX);
        boolean edited = !adoptedTitle.equals(title) || !adoptedContent.equals(content);
        apply(new OpinionReportAdopted(
                id,
                null,
                sources,
                command.by(),
                clock.instant(),
                command.level(),
                edited ? version + 1 : version,
                edited,
                adoptedTitle,
                adoptedContent,
                author,
                coAuthors,
                isBlank(command.note()) ? null : command.note().strip()));
    }

    @CommandHandler
    void handle(DeclineOpinionReport command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        checkSubmitted();
        if (command.ground() == null) {
            throw new RuleViolation(ReportRule.DECLINE_GROUND_REQUIRED);
        }
        if (command.ground() == ReportDeclineGround.OTHER && isBlank(command.reason())) {
            throw new RuleViolation(ReportRule.REASON_REQUIRED);
        }
        checkMax(command.reason(), ReportLimits.REASON_MAX);
        String reason = isBlank(command.reason()) ? null : command.reason().strip();
        apply(new OpinionReportDeclined(id, reason, sources, command.by(), clock.instant(), command.ground()));
    }

    @CommandHandler
    void handle(ForwardOpinionReport command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        checkSubmitted();
        if (isBlank(command.channel())) {
            throw new RuleViolation(ReportRule.CHANNEL_REQUIRED);
        }
        checkMax(command.channel(), ReportLimits.CHANNEL_MAX);
        checkMax(command.note(), ReportLimits.REASON_MAX);
        apply(new OpinionReportForwarded(
                id,
                command.channel().strip(),
                isBlank(command.note()) ? null : command.note().strip(),
                sources,
                command.by(),
                clock.instant()));
    }

    /** Idempotent: a timer job may run twice, or after the review ended; then nothing is to be reminded of. */
    @CommandHandler
    void handle(RemindReportReview command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        if (status == ReportStatus.SUBMITTED) {
            apply(new ReportReviewReminded(id, command.dueOn(), clock.instant()));
        }
    }

    /** Idempotent for the same issue, since the policy that sends it may deliver twice. */
    @CommandHandler
    void handle(IncludeInBulletin command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (status != ReportStatus.ADOPTED) {
            throw new RuleViolation(ReportRule.BULLETIN_NOT_ADOPTED, "the report is " + status);
        }
        if (command.bulletinId().equals(bulletinId)) {
            return;
        }
        if (bulletinId != null) {
            throw new RuleViolation(ReportRule.ALREADY_IN_BULLETIN, "in " + bulletinId);
        }
        apply(new OpinionReportIncludedInBulletin(
                id, command.bulletinId(), command.issueLabel(), author, clock.instant()));
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
        checkMax(command.leader(), ReportLimits.LEADER_MAX);
        checkMax(command.instruction(), ReportLimits.INSTRUCTION_MAX);
        if (command.instructedOn() != null
                && command.instructedOn().isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
            throw new RuleViolation(ReportRule.INSTRUCTED_IN_FUTURE);
        }
        if (new HashSet<>(command.departments()).size() != command.departments().size()) {
            throw new RuleViolation(ReportRule.DEPARTMENT_NAMED_TWICE);
        }
        SourceRef source = new SourceRef(SourceKind.INSTRUCTION, id.value());
        List<HandlingId> opened = command.departments().stream()
                .map(d -> HandlingId.of(source, d, transfers(d) + 1))
                .toList();
        apply(new LeaderInstructionRecorded(
                id,
                command.leader().strip(),
                command.instruction().strip(),
                opened,
                command.by(),
                clock.instant(),
                command.level(),
                command.instructedOn(),
                author));
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
                clock.instant(),
                sources));
    }

    @EventSourcingHandler
    void on(OpinionReportDrafted event) {
        id = event.reportId();
        author = event.author();
        coAuthors = event.coAuthors();
        sources = event.sources();
        title = event.title();
        content = event.content();
        version = 1;
        status = ReportStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(OpinionReportRevised event) {
        title = event.title();
        content = event.content();
        version = event.version();
    }

    @EventSourcingHandler
    void on(OpinionReportSubmitted event) {
        status = ReportStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(OpinionReportReturned event) {
        status = ReportStatus.RETURNED;
        returns = event.round();
    }

    @EventSourcingHandler
    void on(OpinionReportAdopted event) {
        status = ReportStatus.ADOPTED;
        if (event.title() != null) {
            title = event.title();
            content = event.content();
            version = event.version();
        }
        bulletinId = event.bulletinIssue();
    }

    @EventSourcingHandler
    void on(OpinionReportDeclined event) {
        status = ReportStatus.NOT_ADOPTED;
    }

    @EventSourcingHandler
    void on(OpinionReportForwarded event) {
        status = ReportStatus.FORWARDED;
    }

    @EventSourcingHandler
    void on(OpinionReportIncludedInBulletin event) {
        bulletinId = event.bulletinId();
    }

    @EventSourcingHandler
    void on(LeaderInstructionRecorded event) {
        transferred.addAll(event.handlings());
    }

    @EventSourcingHandler
    void on(InstructionReplyRecorded event) {
        answered.add(event.handlingId());
    }

    private void checkActsForAuthor(ActorRef by) {
        RuleViolation.requireRole(by, Role.MEMBER, Role.STAFF, Role.SYSTEM);
        if (by.role() == Role.MEMBER && !by.userId().equals(author)) {
            throw new RuleViolation(ReportRule.NOT_THE_AUTHOR);
        }
    }

    private void checkSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation(ReportRule.NOT_SUBMITTED, "the report is " + status);
        }
    }

    private static void checkText(String title, String content) {
        if (isBlank(title) || isBlank(content)) {
            throw new RuleViolation(ReportRule.TITLE_AND_CONTENT_REQUIRED);
        }
        String t = title.strip();
        if (t.codePointCount(0, t.length()) > ReportLimits.TITLE_MAX) {
            throw new RuleViolation(ReportRule.TITLE_TOO_LONG);
        }
    }

    private static void checkMax(String text, int max) {
        if (text != null && text.strip().codePointCount(0, text.strip().length()) > max) {
            throw new RuleViolation(ReportRule.TEXT_TOO_LONG, "at most " + max + " characters");
        }
    }

    private static void checkLength(String content, ContentPolicy limits) {
        // Characters as a reader counts them (code points), so a supplementary CJK character counts once.
        int length = content.codePointCount(0, content.length());
        if (length > limits.opinionReportMaxChars()) {
            throw new RuleViolation(
                    ReportRule.TOO_LONG, length + " characters, at most " + limits.opinionReportMaxChars());
        }
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
