package org.tongxin.processes.handling;

import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.ContactMethod;
import org.tongxin.engine.handling.HandlingLimits;
import org.tongxin.engine.handling.LogPreHandlingContact;
import org.tongxin.engine.handling.ReceiveHandling;
import org.tongxin.engine.handling.Reply;
import org.tongxin.engine.handling.RequestExtension;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.supervision.RecordRectificationAnswer;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionLimits;
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
 * A rectification's handling (整改): the department receives it (a supervision finding is not returned through the
 * office's arbitration of proposals), submits its rectification plan by the plan's due date (the step a proposal's
 * handling uses for the contact), and answers with what it rectified and the evidence, which also goes to the
 * supervision entry for the team to verify.
 */
@Component
class RectificationTasks implements TaskTypeProvider {

    static final FormDefinition PLAN_FORM = FormDefinition.of(
            FormField.date("plannedOn", new Label("方案日期", "Plan dated"), true),
            FormField.textarea(
                    "plan", new Label("整改方案（措施、责任人、时限）", "Rectification plan"), true, HandlingLimits.NOTE_MAX));

    static final FormDefinition ANSWER_FORM = FormDefinition.of(
            FormField.choice(
                    "action",
                    new Label("操作", "Action"),
                    true,
                    List.of(
                            new Choice(ReplyAction.REPLY.name(), new Label("报送整改结果", "Report the rectification")),
                            new Choice(ReplyAction.EXTEND.name(), new Label("申请延期", "Ask for an extension")))),
            FormField.textarea("text", new Label("整改情况", "What was rectified"), false, SupervisionLimits.TEXT_MAX)
                    .requiredWhen("action", ReplyAction.REPLY.name()),
            FormField.textarea("evidence", new Label("佐证材料", "Evidence"), false, SupervisionLimits.TEXT_MAX)
                    .requiredWhen("action", ReplyAction.REPLY.name()),
            FormField.choice(
                            "extensionMonths",
                            new Label("延期月数", "Extension (months)"),
                            false,
                            List.of(
                                    new Choice("1", new Label("1个月", "1 month")),
                                    new Choice("2", new Label("2个月", "2 months")),
                                    new Choice("3", new Label("3个月", "3 months"))))
                    .requiredWhen("action", ReplyAction.EXTEND.name()),
            FormField.textarea("reason", new Label("延期理由", "Reason for the extension"), false, HandlingLimits.NOTE_MAX)
                    .requiredWhen("action", ReplyAction.EXTEND.name()));

    @Override
    public List<TaskType> taskTypes() {
        return List.of();
    }

    @Override
    public Map<String, List<TaskType>> variants() {
        Set<Role> officer = Set.of(Role.DEPT_OFFICER);
        return Map.of(
                SourceKind.RECTIFICATION.name(),
                List.of(
                        new TaskType(
                                TASK_RECEIVE,
                                new Label("签收整改事项", "Receive the rectification"),
                                HandlingTasks.INSTRUCTION_RECEIVE_FORM,
                                officer,
                                (c, v) -> Completion.of(new ReceiveHandling(handling(c), c.actor()))
                                        .with(Map.of(VAR_RECEIPT, Receipt.RECEIVE.name()))),
                        new TaskType(
                                TASK_PRE_HANDLING_CONTACT,
                                new Label("报送整改方案", "Submit the rectification plan"),
                                PLAN_FORM,
                                officer,
                                RectificationTasks::plan),
                        new TaskType(
                                TASK_REPLY,
                                new Label("报送整改结果", "Report the rectification"),
                                ANSWER_FORM,
                                officer,
                                RectificationTasks::answer)));
    }

    /** The plan is recorded as the handling's first step, in writing. */
    private static Completion plan(TaskContext c, FormValues v) {
        LocalDate on = v.date("plannedOn");
        return Completion.of(
                new LogPreHandlingContact(handling(c), on, ContactMethod.MESSAGE, v.text("plan"), c.actor()));
    }

    /** The answer closes the department's round and reaches the entry, where the team verifies it. */
    private static Completion answer(TaskContext c, FormValues v) {
        ReplyAction action = v.choice("action", ReplyAction.class);
        HandlingId handling = handling(c);
        Completion completion = action == ReplyAction.REPLY
                ? Completion.of(
                        new Reply(handling, null, v.text("text"), c.actor()),
                        new RecordRectificationAnswer(
                                new SupervisionId(handling.sourceId()),
                                handling,
                                v.text("text"),
                                v.text("evidence"),
                                null,
                                c.actor()))
                : Completion.of(new RequestExtension(
                        handling,
                        Period.ofMonths(Integer.parseInt(v.text("extensionMonths"))),
                        v.text("reason"),
                        c.actor()));
        return completion.with(Map.of(VAR_REPLY_ACTION, action.name())).withEventVariables(HandlingVariables::from);
    }

    private static HandlingId handling(TaskContext c) {
        return new HandlingId(c.processVariables().get(VAR_HANDLING_ID).toString());
    }
}
