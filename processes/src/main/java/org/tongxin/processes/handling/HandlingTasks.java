package org.tongxin.processes.handling;

import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.Adoption;
import org.tongxin.engine.consultation.RecordSuggestionAnswer;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.handling.ApproveExtension;
import org.tongxin.engine.handling.ContactMethod;
import org.tongxin.engine.handling.Evaluate;
import org.tongxin.engine.handling.FollowUpOverdue;
import org.tongxin.engine.handling.HandlingLimits;
import org.tongxin.engine.handling.LogPreHandlingContact;
import org.tongxin.engine.handling.ReassignHandling;
import org.tongxin.engine.handling.ReceiveHandling;
import org.tongxin.engine.handling.RejectExtension;
import org.tongxin.engine.handling.Reply;
import org.tongxin.engine.handling.RequestExtension;
import org.tongxin.engine.handling.RequestReturn;
import org.tongxin.engine.handling.Satisfaction;
import org.tongxin.engine.handling.SendCoHandlerOpinion;
import org.tongxin.engine.handling.UpholdAssignment;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ReassignDepartment;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.Completion;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskContext;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeProvider;

/** The task types of {@code department-handling}. */
@Component
class HandlingTasks implements TaskTypeProvider {

    /** Why a department asks for more time; the same on every kind's reply form. */
    private static final FormField EXTENSION_REASON = FormField.textarea(
                    "reason", new Label("延期理由", "Reason for the extension"), false, HandlingLimits.NOTE_MAX)
            .requiredWhen("action", ReplyAction.EXTEND.name());

    static final FormDefinition RECEIVE_FORM = FormDefinition.of(
            FormField.choice(
                    "decision",
                    new Label("签收或退回", "Receive or return"),
                    true,
                    List.of(
                            new Choice(Receipt.RECEIVE.name(), new Label("签收", "Receive")),
                            new Choice(Receipt.RETURN.name(), new Label("申请退回", "Ask to return")))),
            FormField.textarea("reason", new Label("退回理由", "Reason for returning"), false, HandlingLimits.NOTE_MAX)
                    .requiredWhen("decision", Receipt.RETURN.name()),
            FormField.reference(
                    "suggestedDepartment", FieldType.DEPARTMENT, new Label("建议承办单位", "Suggested department"), false));

    static final FormDefinition ARBITRATE_FORM = FormDefinition.of(
            FormField.choice(
                    "decision",
                    new Label("裁定", "Ruling"),
                    true,
                    List.of(
                            new Choice(Arbitration.UPHOLD.name(), new Label("维持交办", "Uphold the assignment")),
                            new Choice(Arbitration.REASSIGN.name(), new Label("改交其他单位", "Reassign")))),
            FormField.reference("newDepartment", FieldType.DEPARTMENT, new Label("改交单位", "New department"), false)
                    .requiredWhen("decision", Arbitration.REASSIGN.name()),
            FormField.textarea("note", new Label("说明", "Note"), false, HandlingLimits.NOTE_MAX));

    static final FormDefinition OPINION_FORM = FormDefinition.of(
            FormField.textarea("opinion", new Label("协办意见", "Opinion to the lead"), true, HandlingLimits.TEXT_MAX));

    static final FormDefinition CONTACT_FORM = FormDefinition.of(
            FormField.date("contactedOn", new Label("沟通日期", "Contacted on"), true),
            FormField.choice("method", new Label("沟通方式", "Method"), true, Choice.of(ContactMethod.values())),
            FormField.textarea("notes", new Label("沟通情况", "Notes"), true, HandlingLimits.NOTE_MAX));

    static final FormDefinition REPLY_FORM = FormDefinition.of(
            FormField.choice(
                    "action",
                    new Label("操作", "Action"),
                    true,
                    List.of(
                            new Choice(ReplyAction.REPLY.name(), new Label("答复", "Reply")),
                            new Choice(ReplyAction.EXTEND.name(), new Label("申请延期", "Ask for an extension")))),
            FormField.choice("outcome", new Label("办理结果", "Outcome class"), false, Choice.of(OutcomeClass.values()))
                    .requiredWhen("action", ReplyAction.REPLY.name()),
            FormField.textarea("text", new Label("答复内容", "Reply"), false, HandlingLimits.TEXT_MAX)
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
            EXTENSION_REASON);

    static final FormDefinition APPROVE_EXTENSION_FORM = FormDefinition.of(
            FormField.choice(
                    "decision",
                    new Label("审批", "Decision"),
                    true,
                    List.of(
                            new Choice("APPROVE", new Label("同意延期", "Approve")),
                            new Choice("REJECT", new Label("不同意", "Reject")))),
            FormField.textarea("note", new Label("说明", "Note"), false, HandlingLimits.NOTE_MAX)
                    .requiredWhen("decision", "REJECT"));

    static final FormDefinition FOLLOW_UP_FORM = FormDefinition.of(
            FormField.textarea("note", new Label("督办情况", "What was done"), true, HandlingLimits.NOTE_MAX));

    static final FormDefinition EVALUATE_FORM = FormDefinition.of(
            FormField.choice(
                    "handlingWork", new Label("对办理工作的评价", "Handling work"), true, Choice.of(Satisfaction.values())),
            FormField.choice("result", new Label("对办理结果的评价", "Result"), true, Choice.of(Satisfaction.values())),
            FormField.textarea("comment", new Label("意见", "Comment"), false, HandlingLimits.NOTE_MAX));

    @Override
    public Map<String, Set<String>> startVariables() {
        return Map.of(
                DepartmentHandlingProcess.KEY,
                Set.of(
                        VAR_HANDLING_ID,
                        VAR_PROPOSAL_ID,
                        VAR_SOURCE_KIND,
                        VAR_SOURCE_ID,
                        VAR_DEPARTMENT,
                        VAR_ROLE,
                        VAR_LEAD_HANDLING_ID,
                        VAR_CO_HANDLER_COUNT,
                        VAR_EVALUATORS,
                        VAR_KEY_PROPOSAL,
                        VAR_SUPERVISING_LEADER,
                        VAR_ASSIGNED_ON));
    }

    /** Every task of a handling reads the handling's id; the arbitration also the proposal's, to reassign it. */
    @Override
    public List<TaskType> taskTypes() {
        return handlingTypes().stream()
                .map(type -> TASK_ARBITRATE_RETURN.equals(type.key())
                        ? type.needing(VAR_HANDLING_ID, VAR_PROPOSAL_ID)
                        : type.needing(VAR_HANDLING_ID))
                .toList();
    }

    private List<TaskType> handlingTypes() {
        Set<Role> officer = Set.of(Role.DEPT_OFFICER);
        return List.of(
                new TaskType(
                        TASK_RECEIVE,
                        new Label("签收或退回", "Receive or return"),
                        RECEIVE_FORM,
                        officer,
                        HandlingTasks::receive),
                new TaskType(
                        TASK_ARBITRATE_RETURN,
                        new Label("退回裁定", "Arbitrate return"),
                        ARBITRATE_FORM,
                        Set.of(Role.STAFF),
                        HandlingTasks::arbitrate),
                new TaskType(
                        TASK_SEND_OPINION,
                        new Label("协办意见", "Opinion to the lead"),
                        OPINION_FORM,
                        officer,
                        (c, v) -> Completion.of(new SendCoHandlerOpinion(handling(c), v.text("opinion"), c.actor()))),
                new TaskType(
                        TASK_PRE_HANDLING_CONTACT,
                        new Label("办前沟通", "Contact the proposer"),
                        CONTACT_FORM,
                        officer,
                        (c, v) -> Completion.of(new LogPreHandlingContact(
                                handling(c),
                                v.date("contactedOn"),
                                v.choice("method", ContactMethod.class),
                                v.text("notes"),
                                c.actor()))),
                new TaskType(TASK_REPLY, new Label("答复", "Reply"), REPLY_FORM, officer, HandlingTasks::reply),
                new TaskType(
                        TASK_APPROVE_EXTENSION,
                        new Label("延期审批", "Approve extension"),
                        APPROVE_EXTENSION_FORM,
                        Set.of(Role.STAFF),
                        (c, v) -> ("APPROVE".equals(v.text("decision"))
                                        ? Completion.of(new ApproveExtension(handling(c), c.actor()))
                                        : Completion.of(new RejectExtension(handling(c), v.text("note"), c.actor())))
                                .withEventVariables(HandlingVariables::from)),
                new TaskType(
                        TASK_FOLLOW_UP_OVERDUE,
                        new Label("督办逾期", "Follow up overdue reply"),
                        FOLLOW_UP_FORM,
                        Set.of(Role.STAFF, Role.LEADER),
                        (c, v) -> Completion.of(new FollowUpOverdue(handling(c), v.text("note"), c.actor()))),
                new TaskType(
                        TASK_EVALUATE,
                        new Label("评价答复", "Evaluate reply"),
                        EVALUATE_FORM,
                        Set.of(Role.MEMBER),
                        HandlingTasks::evaluate));
    }

    /**
     * An instruction's handling: the department receives it (a transfer by a leader's instruction is not returned
     * through the office's arbitration of proposals), contacts the report's author, and replies with its measures.
     */
    static final FormDefinition INSTRUCTION_RECEIVE_FORM = FormDefinition.of(FormField.choice(
            "decision",
            new Label("签收", "Receive"),
            true,
            List.of(new Choice(Receipt.RECEIVE.name(), new Label("签收", "Receive")))));

    static final FormDefinition INSTRUCTION_REPLY_FORM = FormDefinition.of(
            FormField.choice(
                    "action",
                    new Label("操作", "Action"),
                    true,
                    List.of(
                            new Choice(ReplyAction.REPLY.name(), new Label("答复落实情况", "Reply with the measures")),
                            new Choice(ReplyAction.EXTEND.name(), new Label("申请延期", "Ask for an extension")))),
            FormField.textarea("text", new Label("落实情况", "Measures taken"), false, HandlingLimits.TEXT_MAX)
                    .requiredWhen("action", ReplyAction.REPLY.name()),
            FormField.choice(
                            "extensionMonths",
                            new Label("延期月数", "Extension (months)"),
                            false,
                            List.of(new Choice("1", new Label("1个月", "1 month"))))
                    .requiredWhen("action", ReplyAction.EXTEND.name()),
            EXTENSION_REASON);

    /**
     * A consultation suggestion's answer: on the adoption scale, with the measures and their planned date, and the
     * reason when not adopted; the topic records the scale, the handling the reply.
     */
    static final FormDefinition SUGGESTION_REPLY_FORM = FormDefinition.of(
            FormField.choice(
                    "action",
                    new Label("操作", "Action"),
                    true,
                    List.of(
                            new Choice(ReplyAction.REPLY.name(), new Label("答复建议", "Answer the suggestion")),
                            new Choice(ReplyAction.EXTEND.name(), new Label("申请延期", "Ask for an extension")))),
            FormField.choice("adoption", new Label("采纳情况", "Adoption"), false, Choice.of(Adoption.values()))
                    .requiredWhen("action", ReplyAction.REPLY.name()),
            FormField.textarea("text", new Label("落实措施", "Measures"), false, HandlingLimits.TEXT_MAX)
                    .requiredWhen("action", ReplyAction.REPLY.name()),
            FormField.date("plannedOn", new Label("计划完成日期", "Planned completion"), false),
            FormField.textarea(
                            "notAdoptedReason",
                            new Label("不予采纳的理由", "Reason for not adopting"),
                            false,
                            HandlingLimits.TEXT_MAX)
                    .requiredWhen("adoption", Adoption.NOT_ADOPTED.name()),
            FormField.choice(
                            "extensionMonths",
                            new Label("延期月数", "Extension (months)"),
                            false,
                            List.of(new Choice("1", new Label("1个月", "1 month"))))
                    .requiredWhen("action", ReplyAction.EXTEND.name()),
            EXTENSION_REASON);

    @Override
    public Map<String, List<TaskType>> variants() {
        Set<Role> officer = Set.of(Role.DEPT_OFFICER);
        return Map.of(
                SourceKind.CONSULTATION_SUGGESTION.name(),
                List.of(
                        new TaskType(
                                TASK_RECEIVE,
                                new Label("签收协商建议", "Receive the suggestion"),
                                INSTRUCTION_RECEIVE_FORM,
                                officer,
                                HandlingTasks::receive),
                        new TaskType(
                                TASK_PRE_HANDLING_CONTACT,
                                new Label("与议题牵头委员沟通", "Contact the topic's lead member"),
                                CONTACT_FORM,
                                officer,
                                HandlingTasks::contact),
                        new TaskType(
                                TASK_REPLY,
                                new Label("答复协商建议", "Answer the suggestion"),
                                SUGGESTION_REPLY_FORM,
                                officer,
                                HandlingTasks::answerSuggestion)),
                SourceKind.INSTRUCTION.name(),
                List.of(
                        new TaskType(
                                TASK_RECEIVE,
                                new Label("签收批示交办件", "Receive the instruction"),
                                INSTRUCTION_RECEIVE_FORM,
                                officer,
                                HandlingTasks::receive),
                        new TaskType(
                                TASK_PRE_HANDLING_CONTACT,
                                new Label("与信息撰写人沟通", "Contact the report's author"),
                                CONTACT_FORM,
                                officer,
                                HandlingTasks::contact),
                        new TaskType(
                                TASK_REPLY,
                                new Label("答复批示落实情况", "Reply to the instruction"),
                                INSTRUCTION_REPLY_FORM,
                                officer,
                                HandlingTasks::replyWithMeasures)));
    }

    private static Completion contact(TaskContext c, FormValues v) {
        return Completion.of(new LogPreHandlingContact(
                handling(c),
                v.date("contactedOn"),
                v.choice("method", ContactMethod.class),
                v.text("notes"),
                c.actor()));
    }

    /** A reply on the measures scale states no outcome class. */
    private static Completion replyWithMeasures(TaskContext c, FormValues v) {
        return replyOrExtend(c, v, false);
    }

    /** The reply on the handling and the answer on the topic, in one transaction. */
    private static Completion answerSuggestion(TaskContext c, FormValues v) {
        if (v.choice("action", ReplyAction.class) != ReplyAction.REPLY) {
            return replyOrExtend(c, v, false);
        }
        HandlingId handling = handling(c);
        return Completion.of(
                        new Reply(handling, null, v.text("text"), c.actor()),
                        new RecordSuggestionAnswer(
                                SuggestionSource.topic(handling),
                                handling,
                                v.choice("adoption", Adoption.class),
                                v.text("text"),
                                v.date("plannedOn"),
                                v.text("notAdoptedReason"),
                                c.actor()))
                .with(Map.of(VAR_REPLY_ACTION, ReplyAction.REPLY.name()))
                .withEventVariables(HandlingVariables::from);
    }

    private static Completion receive(TaskContext c, FormValues v) {
        Receipt decision = v.choice("decision", Receipt.class);
        Object command = decision == Receipt.RECEIVE
                ? new ReceiveHandling(handling(c), c.actor())
                : new RequestReturn(
                        handling(c),
                        v.text("reason"),
                        v.optionalText("suggestedDepartment")
                                .map(DepartmentCode::new)
                                .orElse(null),
                        c.actor());
        return Completion.of(command).with(Map.of(VAR_RECEIPT, decision.name()));
    }

    private static Completion arbitrate(TaskContext c, FormValues v) {
        Arbitration decision = v.choice("decision", Arbitration.class);
        Completion completion;
        if (decision == Arbitration.UPHOLD) {
            completion = Completion.of(new UpholdAssignment(handling(c), v.text("note"), c.actor()));
        } else {
            DepartmentCode to = new DepartmentCode(v.text("newDepartment"));
            HandlingId from = handling(c);
            completion = Completion.of(
                    new ReassignHandling(from, to, v.text("note"), c.actor()),
                    new ReassignDepartment(
                            new ProposalId(
                                    c.processVariables().get(VAR_PROPOSAL_ID).toString()),
                            from.value(),
                            to,
                            c.actor()));
        }
        return completion.with(Map.of(VAR_ARBITRATION, decision.name())).withEventVariables(HandlingVariables::from);
    }

    private static Completion reply(TaskContext c, FormValues v) {
        return replyOrExtend(c, v, true);
    }

    /** The reply, with its outcome class where the kind's scale has classes, or a request for more time. */
    private static Completion replyOrExtend(TaskContext c, FormValues v, boolean classified) {
        ReplyAction action = v.choice("action", ReplyAction.class);
        Object command = action == ReplyAction.REPLY
                ? new Reply(
                        handling(c),
                        classified ? v.choice("outcome", OutcomeClass.class) : null,
                        v.text("text"),
                        c.actor())
                : new RequestExtension(
                        handling(c),
                        Period.ofMonths(Integer.parseInt(v.text("extensionMonths"))),
                        v.text("reason"),
                        c.actor());
        return Completion.of(command)
                .with(Map.of(VAR_REPLY_ACTION, action.name()))
                .withEventVariables(HandlingVariables::from);
    }

    private static Completion evaluate(TaskContext c, FormValues v) {
        Satisfaction work = v.choice("handlingWork", Satisfaction.class);
        Satisfaction result = v.choice("result", Satisfaction.class);
        Completion completion = Completion.of(new Evaluate(handling(c), work, result, v.text("comment"), c.actor()));
        // Only an unsatisfied evaluation writes the flag, so one evaluator's satisfaction never clears another's.
        boolean unsatisfied = work == Satisfaction.UNSATISFIED || result == Satisfaction.UNSATISFIED;
        return unsatisfied ? completion.with(Map.of(VAR_UNSATISFIED, true)) : completion;
    }

    private static HandlingId handling(TaskContext c) {
        return new HandlingId(c.processVariables().get(VAR_HANDLING_ID).toString());
    }
}
