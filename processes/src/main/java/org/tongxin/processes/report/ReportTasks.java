package org.tongxin.processes.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.report.AdoptOpinionReport;
import org.tongxin.engine.report.DeclineOpinionReport;
import org.tongxin.engine.report.ForwardOpinionReport;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.engine.report.ReportDeclineGround;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.ReportLimits;
import org.tongxin.engine.report.ReportReview;
import org.tongxin.engine.report.ReturnOpinionReport;
import org.tongxin.engine.report.ReviseOpinionReport;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.Completion;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskContext;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeProvider;

/**
 * The task types of {@code opinion-report}: the office's review and the author's revision. The text fields' limits
 * are the report's: its title limit, and the committee's length rule for its text.
 */
@Component
class ReportTasks implements TaskTypeProvider {

    private final ContentPolicy content;
    private final ReviewWindow window;
    private final Clock clock;

    ReportTasks(ContentPolicy content, ReviewWindow window, Clock clock) {
        this.content = content;
        this.window = window;
        this.clock = clock;
    }

    FormDefinition reviewForm() {
        return FormDefinition.of(
                FormField.choice("decision", new Label("审核结论", "Decision"), true, Choice.of(ReportReview.values())),
                FormField.choice("level", new Label("采用层级", "Adopted at level"), false, Choice.of(ReportLevel.values()))
                        .requiredWhen("decision", ReportReview.ADOPT.name()),
                FormField.text(
                        "editedTitle",
                        new Label("编辑后标题（不改则留空）", "Edited title (blank keeps the author's)"),
                        false,
                        ReportLimits.TITLE_MAX),
                FormField.textarea(
                        "editedContent",
                        new Label("编辑后正文（不改则留空）", "Edited text (blank keeps the author's)"),
                        false,
                        content.opinionReportMaxChars()),
                FormField.textarea(
                                "reason",
                                new Label("退回意见或不予采用说明", "What to revise, or why not adopted"),
                                false,
                                ReportLimits.REASON_MAX)
                        .requiredWhen("decision", ReportReview.RETURN.name()),
                FormField.choice(
                                "ground",
                                new Label("不予采用理由", "Ground for not adopting"),
                                false,
                                Choice.of(ReportDeclineGround.values()))
                        .requiredWhen("decision", ReportReview.DECLINE.name()),
                FormField.text("channel", new Label("转报渠道", "Forwarded to"), false, ReportLimits.CHANNEL_MAX)
                        .requiredWhen("decision", ReportReview.FORWARD.name()));
    }

    FormDefinition reviseForm() {
        return FormDefinition.of(
                FormField.text("title", new Label("标题", "Title"), true, ReportLimits.TITLE_MAX),
                FormField.textarea("content", new Label("正文", "Text"), true, content.opinionReportMaxChars()));
    }

    @Override
    public List<TaskType> taskTypes() {
        return List.of(
                new TaskType(
                        OpinionReportProcess.TASK_REVIEW,
                        new Label("信息审核", "Review report"),
                        reviewForm(),
                        Set.of(Role.STAFF),
                        ReportTasks::review),
                new TaskType(
                        OpinionReportProcess.TASK_REVISE,
                        new Label("修改社情民意信息", "Revise report"),
                        reviseForm(),
                        Set.of(Role.MEMBER, Role.STAFF),
                        this::revise));
    }

    private static Completion review(TaskContext context, FormValues values) {
        ReportId report = new ReportId(context.businessKey());
        ReportReview decision = values.choice("decision", ReportReview.class);
        Object command =
                switch (decision) {
                    case ADOPT -> new AdoptOpinionReport(
                            report,
                            values.choice("level", ReportLevel.class),
                            values.text("editedTitle"),
                            values.text("editedContent"),
                            values.text("reason"),
                            context.actor());
                    case RETURN -> new ReturnOpinionReport(report, values.text("reason"), context.actor());
                    case DECLINE -> new DeclineOpinionReport(
                            report,
                            values.choice("ground", ReportDeclineGround.class),
                            values.text("reason"),
                            context.actor());
                    case FORWARD -> new ForwardOpinionReport(
                            report, values.text("channel"), values.text("reason"), context.actor());
                };
        return Completion.of(command).with(Map.of(OpinionReportProcess.VAR_REVIEW, decision.name()));
    }

    /** The revised text is submitted again at once, and its review window starts over. */
    private Completion revise(TaskContext context, FormValues values) {
        ReportId report = new ReportId(context.businessKey());
        return Completion.of(
                        new ReviseOpinionReport(report, values.text("title"), values.text("content"), context.actor()),
                        new SubmitOpinionReport(report, context.actor()))
                .withEventVariables(events -> {
                    Map<String, Object> variables = new HashMap<>();
                    for (Object event : events) {
                        if (event instanceof OpinionReportSubmitted submitted) {
                            variables.putAll(
                                    window.variables(LocalDate.ofInstant(submitted.submittedAt(), clock.getZone())));
                        }
                    }
                    return variables;
                });
    }
}
