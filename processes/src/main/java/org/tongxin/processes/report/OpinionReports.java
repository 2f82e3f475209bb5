package org.tongxin.processes.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.bulletin.BulletinId;
import org.tongxin.engine.bulletin.CompileBulletin;
import org.tongxin.engine.bulletin.PublishBulletin;
import org.tongxin.engine.bulletin.Recipient;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.RecordLeaderInstruction;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.ReportLimits;
import org.tongxin.engine.report.ReportSource;
import org.tongxin.engine.report.ReviseOpinionReport;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.References;

/**
 * What people do to reports outside the review's tasks: a member drafts (from nothing, or from a clue routed to a
 * report) and submits; the office records a leader's instruction, compiles an issue of the bulletin and publishes it.
 * The forms validate and resolve what was entered (members, departments, leaders, clues) and name the field that is
 * wrong; the aggregates have the last word on the rules. Each call is one transaction.
 */
@Service
public class OpinionReports {

    public static final int NOTE_MAX = 2000;

    private final CommandSender commands;
    private final References references;
    private final FormDefinition draftForm;
    private final FormDefinition instructionForm;
    private final FormDefinition compileForm;
    private final FormDefinition publishForm;

    public OpinionReports(CommandSender commands, References references, ContentPolicy content) {
        this.commands = commands;
        this.references = references;
        this.draftForm = FormDefinition.of(
                FormField.text("title", new Label("标题", "Title"), true, ReportLimits.TITLE_MAX),
                FormField.textarea("content", new Label("正文", "Text"), true, content.opinionReportMaxChars()),
                FormField.reference("coAuthors", FieldType.MEMBER, new Label("联名委员", "Co-authors"), false)
                        .multiple(400),
                FormField.text("sector", new Label("界别", "Sector"), false, ReportLimits.CHANNEL_MAX),
                FormField.reference("clue", FieldType.CLUE, new Label("来源线索", "From clue"), false),
                FormField.choice(
                        "action",
                        new Label("操作", "Action"),
                        false,
                        List.of(
                                new Choice("SUBMIT", new Label("报送", "Submit")),
                                new Choice("SAVE", new Label("保存草稿", "Save draft")))));
        this.instructionForm = FormDefinition.of(
                FormField.text("leader", new Label("批示领导", "Leader"), true, ReportLimits.LEADER_MAX),
                FormField.choice("level", new Label("批示层级", "Level"), true, Choice.of(ReportLevel.values())),
                FormField.date("instructedOn", new Label("批示日期", "Date"), true),
                FormField.textarea("instruction", new Label("批示内容", "Instruction"), true, ReportLimits.INSTRUCTION_MAX),
                FormField.reference("departments", FieldType.DEPARTMENT, new Label("交办单位", "Transfer to"), false)
                        .multiple(400));
        this.compileForm = FormDefinition.of(
                FormField.textarea("editorNote", new Label("编者按", "Editor's note"), false, NOTE_MAX),
                FormField.text("reports", new Label("收录信息", "Reports"), true, 4000));
        this.publishForm = FormDefinition.of(
                FormField.reference("leaders", FieldType.LEADER, new Label("报送领导", "Leaders"), false)
                        .multiple(400),
                FormField.reference("departments", FieldType.DEPARTMENT, new Label("分送单位", "Departments"), false)
                        .multiple(400));
    }

    /** A draft of the acting user (or, by the office, of the member it names as author is not offered here). */
    @Transactional
    public ReportId draft(Map<String, ?> body, ActorRef by) {
        FormValues values = draftForm.validate(body, references);
        ReportId id = ReportId.random();
        List<ReportSource> sources = new ArrayList<>();
        if (values.text("clue") != null) {
            sources.add(new ReportSource(ReportSource.Kind.CLUE, values.text("clue")));
        }
        Map<String, String> origin = Map.of("origin", "reports");
        commands.send(
                new DraftOpinionReport(
                        id,
                        values.text("title"),
                        values.text("content"),
                        sources,
                        null,
                        values.list("coAuthors"),
                        values.text("sector"),
                        by),
                origin);
        if (!"SAVE".equals(values.text("action"))) {
            commands.send(new SubmitOpinionReport(id, by), origin);
        }
        return id;
    }

    /** A draft rewritten (and submitted, unless kept as a draft); a returned report is revised through its task. */
    @Transactional
    public void revise(ReportId id, Map<String, ?> body, ActorRef by) {
        FormValues values = draftForm.validate(body, references);
        Map<String, String> origin = Map.of("origin", "reports");
        commands.send(new ReviseOpinionReport(id, values.text("title"), values.text("content"), by), origin);
        if (!"SAVE".equals(values.text("action"))) {
            commands.send(new SubmitOpinionReport(id, by), origin);
        }
    }

    @Transactional
    public void submit(ReportId id, ActorRef by) {
        commands.send(new SubmitOpinionReport(id, by), Map.of("origin", "reports"));
    }

    @Transactional
    public void recordInstruction(ReportId id, Map<String, ?> body, ActorRef by) {
        FormValues values = instructionForm.validate(body, references);
        // a leader picked by name is kept as their account, so the instruction reaches their home page; a leader
        // who has no account here (a city or provincial leader) stays as the words entered
        String leader = values.text("leader");
        String account = references.resolve(FieldType.LEADER, leader).orElse(leader);
        commands.send(
                new RecordLeaderInstruction(
                        id,
                        account,
                        values.choice("level", ReportLevel.class),
                        values.date("instructedOn"),
                        values.text("instruction"),
                        values.list("departments").stream()
                                .map(DepartmentCode::new)
                                .toList(),
                        by),
                Map.of("origin", "reports"));
    }

    /**
     * Compiles issue {@code number} of {@code year}; {@code reports} in body is the ids in print order, separated by
     * commas. Two clerks compiling the same number at once: the second meets the first's issue (a conflict).
     */
    @Transactional
    public BulletinId compile(int year, int number, Map<String, ?> body, ActorRef by) {
        FormValues values = compileForm.validate(body, references);
        List<String> reports = List.of(values.text("reports").split("\\s*[,，]\\s*")).stream()
                .filter(s -> !s.isBlank())
                .toList();
        for (String report : reports) {
            if (report.length() > 64) {
                throw new FormRejected(List.of(new FieldError("reports", "unknown report")));
            }
        }
        BulletinId id = BulletinId.of(year, number);
        commands.send(new CompileBulletin(id, values.text("editorNote"), reports, by), Map.of("origin", "bulletins"));
        return id;
    }

    @Transactional
    public void publish(BulletinId id, Map<String, ?> body, ActorRef by) {
        FormValues values = publishForm.validate(body, references);
        List<Recipient> recipients = new ArrayList<>();
        values.list("leaders").forEach(l -> recipients.add(new Recipient(Recipient.Kind.LEADER, l)));
        values.list("departments").forEach(d -> recipients.add(new Recipient(Recipient.Kind.DEPARTMENT, d)));
        if (recipients.isEmpty()) {
            throw new FormRejected(List.of(new FieldError("leaders", "required")));
        }
        commands.send(new PublishBulletin(id, recipients, by), Map.of("origin", "bulletins"));
    }

    public FormDefinition draftForm() {
        return draftForm;
    }

    public FormDefinition instructionForm() {
        return instructionForm;
    }
}
