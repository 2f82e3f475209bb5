package org.tongxin.processes.consultation;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.ApproveTopic;
import org.tongxin.engine.consultation.CloseFollowUp;
import org.tongxin.engine.consultation.ItemizeSuggestion;
import org.tongxin.engine.consultation.MeetingScheduled;
import org.tongxin.engine.consultation.Participants;
import org.tongxin.engine.consultation.RecordMeeting;
import org.tongxin.engine.consultation.RecordResearchReport;
import org.tongxin.engine.consultation.RecordResearchVisit;
import org.tongxin.engine.consultation.RecordResult;
import org.tongxin.engine.consultation.RefuseTopic;
import org.tongxin.engine.consultation.ScheduleMeeting;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicLimits;
import org.tongxin.engine.consultation.TransferSuggestions;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.consultation.ConsultationProcess.Approval;
import org.tongxin.processes.consultation.ConsultationProcess.Next;
import org.tongxin.processes.consultation.ConsultationProcess.Participation;
import org.tongxin.processes.consultation.ConsultationProcess.Preparation;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.Completion;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskContext;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeProvider;

/** The task types of {@code consultation}. */
@Component
class ConsultationTasks implements TaskTypeProvider {

    /** Online participation closes at the end of the closing day, in the committee's time zone. */
    private static final LocalTime CLOSING_TIME = LocalTime.of(23, 59, 59);

    /** A head count: a whole number; {@link #participants} refuses a negative one, naming the field. */
    private static FormField count(String name, Label label) {
        return new FormField(name, FieldType.NUMBER, label, false, null, List.of(), null);
    }

    static final FormDefinition APPROVE_FORM = FormDefinition.of(
            FormField.choice(
                    "decision",
                    new Label("立项决定", "Decision"),
                    true,
                    List.of(
                            new Choice(Approval.APPROVE.name(), new Label("同意立项", "Approve")),
                            new Choice(Approval.REFUSE.name(), new Label("不予立项", "Refuse")))),
            FormField.textarea("reason", new Label("不予立项理由", "Reason for refusing"), false, TopicLimits.TEXT_MAX)
                    .requiredWhen("decision", Approval.REFUSE.name()),
            FormField.textarea("note", new Label("批示意见", "Note"), false, TopicLimits.TEXT_MAX));

    static final FormDefinition PREPARE_FORM = FormDefinition.of(
            FormField.date("visitedOn", new Label("调研日期", "Visited on"), false)
                    .requiredWhen("preparation", Preparation.MORE.name()),
            FormField.text("place", new Label("调研地点", "Place"), false, TopicLimits.SHORT_MAX)
                    .requiredWhen("preparation", Preparation.MORE.name()),
            FormField.textarea("peopleMet", new Label("走访对象", "People met"), false, TopicLimits.TEXT_MAX),
            FormField.textarea("findings", new Label("调研发现", "Findings"), false, TopicLimits.TEXT_MAX)
                    .requiredWhen("preparation", Preparation.MORE.name()),
            FormField.textarea("report", new Label("调研报告", "Research report"), false, TopicLimits.TEXT_MAX)
                    .requiredWhen("preparation", Preparation.DONE.name()),
            FormField.textarea("draftSuggestions", new Label("建议初稿", "Draft suggestions"), false, TopicLimits.TEXT_MAX),
            FormField.choice(
                    "preparation",
                    new Label("下一步", "Next"),
                    true,
                    List.of(
                            new Choice(Preparation.MORE.name(), new Label("记录调研，继续准备", "Record the visit, prepare on")),
                            new Choice(
                                    Preparation.DONE.name(), new Label("提交调研报告，准备就绪", "Submit the report, ready")))));

    static final FormDefinition SCHEDULE_FORM = FormDefinition.of(
            FormField.date("meetingOn", new Label("会议日期", "Meeting date"), true),
            FormField.text("place", new Label("会议地点", "Place"), true, TopicLimits.SHORT_MAX),
            FormField.reference("members", FieldType.MEMBER, new Label("参会委员", "Members invited"), false)
                    .multiple(2000),
            FormField.reference("departments", FieldType.DEPARTMENT, new Label("参会部门", "Departments invited"), false)
                    .multiple(2000),
            count("residentCount", new Label("群众代表人数", "Residents invited")),
            FormField.textarea("residentNames", new Label("群众代表姓名", "Residents by name"), false, TopicLimits.TEXT_MAX),
            FormField.date("onlineClosesOn", new Label("网上征集截止日期", "Online opinions close on"), false));

    static final FormDefinition RECORD_MEETING_FORM = FormDefinition.of(
            FormField.date("heldOn", new Label("召开日期", "Held on"), true),
            FormField.reference("members", FieldType.MEMBER, new Label("出席委员", "Members present"), false)
                    .multiple(2000),
            FormField.reference("departments", FieldType.DEPARTMENT, new Label("出席部门", "Departments present"), false)
                    .multiple(2000),
            count("residentCount", new Label("群众代表人数", "Residents present")),
            FormField.textarea("residentNames", new Label("群众代表姓名", "Residents by name"), false, TopicLimits.TEXT_MAX),
            FormField.textarea("minutes", new Label("会议纪要", "Minutes"), true, TopicLimits.TEXT_MAX));

    static final FormDefinition ITEMIZE_FORM = FormDefinition.of(
            // Shown whatever the next step (a field required only for one choice is hidden for the others): the
            // last suggestion is itemized with the transfer; itemize() requires them where they are needed.
            FormField.textarea("text", new Label("建议内容", "Suggestion"), false, TopicLimits.SUGGESTION_MAX),
            FormField.reference("departments", FieldType.DEPARTMENT, new Label("责任部门", "Departments"), false)
                    .multiple(500),
            FormField.choice(
                    "next",
                    new Label("下一步", "Next"),
                    true,
                    List.of(
                            new Choice(Next.ANOTHER.name(), new Label("保存，再梳理一条", "Save, itemize another")),
                            new Choice(Next.TRANSFER.name(), new Label("全部交办部门", "Transfer all to departments")))));

    static final FormDefinition FOLLOW_UP_FORM = FormDefinition.of(FormField.textarea(
            "reason", new Label("提前结束跟踪的理由", "Reason to close the follow-up"), true, TopicLimits.TEXT_MAX));

    static final FormDefinition RESULT_FORM = FormDefinition.of(
            FormField.textarea("summary", new Label("协商成果", "Result summary"), true, TopicLimits.TEXT_MAX),
            FormField.choice(
                    "asReport",
                    new Label("报送社情民意信息", "Submit as a public-opinion report"),
                    true,
                    List.of(
                            new Choice("YES", new Label("报送", "Submit")),
                            new Choice("NO", new Label("不报送", "Do not submit")))));

    private final ZoneId zone;

    ConsultationTasks(Clock clock) {
        this.zone = clock.getZone();
    }

    @Override
    public List<TaskType> taskTypes() {
        Set<Role> staff = Set.of(Role.STAFF);
        return List.of(
                new TaskType(
                        ConsultationProcess.TASK_APPROVE,
                        new Label("议题立项", "Approve topic"),
                        APPROVE_FORM,
                        Set.of(Role.LEADER),
                        ConsultationTasks::approve),
                new TaskType(
                        ConsultationProcess.TASK_PREPARE,
                        new Label("调研准备", "Prepare topic"),
                        PREPARE_FORM,
                        Set.of(Role.STAFF, Role.MEMBER),
                        ConsultationTasks::prepare),
                new TaskType(
                        ConsultationProcess.TASK_SCHEDULE_MEETING,
                        new Label("安排协商会", "Schedule meeting"),
                        SCHEDULE_FORM,
                        staff,
                        this::schedule),
                new TaskType(
                        ConsultationProcess.TASK_RECORD_MEETING,
                        new Label("记录协商会", "Record meeting"),
                        RECORD_MEETING_FORM,
                        staff,
                        (c, v) -> Completion.of(new RecordMeeting(
                                topic(c), v.date("heldOn"), participants(v), v.text("minutes"), c.actor()))),
                new TaskType(
                        ConsultationProcess.TASK_ITEMIZE,
                        new Label("梳理建议并交办", "Itemize and transfer suggestions"),
                        ITEMIZE_FORM,
                        staff,
                        ConsultationTasks::itemize),
                new TaskType(
                        ConsultationProcess.TASK_FOLLOW_UP,
                        new Label("跟踪督办", "Follow up suggestions"),
                        FOLLOW_UP_FORM,
                        staff,
                        (c, v) -> Completion.of(new CloseFollowUp(topic(c), v.text("reason"), c.actor()))),
                new TaskType(
                        ConsultationProcess.TASK_RECORD_RESULT,
                        new Label("形成协商成果", "Record result"),
                        RESULT_FORM,
                        staff,
                        (c, v) -> Completion.of(new RecordResult(
                                topic(c), v.text("summary"), "YES".equals(v.text("asReport")), c.actor()))));
    }

    private static Completion approve(TaskContext c, FormValues v) {
        Approval decision = v.choice("decision", Approval.class);
        Object command = decision == Approval.APPROVE
                ? new ApproveTopic(topic(c), v.text("note"), c.actor())
                : new RefuseTopic(topic(c), v.text("reason"), c.actor());
        return Completion.of(command).with(Map.of(ConsultationProcess.VAR_APPROVAL, decision.name()));
    }

    private static Completion prepare(TaskContext c, FormValues v) {
        Preparation next = v.choice("preparation", Preparation.class);
        List<Object> commands = new ArrayList<>();
        if (v.date("visitedOn") != null || v.text("place") != null || v.text("findings") != null) {
            commands.add(new RecordResearchVisit(
                    topic(c),
                    v.date("visitedOn"),
                    v.text("place"),
                    v.text("peopleMet"),
                    v.text("findings"),
                    c.actor()));
        }
        if (v.text("report") != null) {
            commands.add(new RecordResearchReport(topic(c), v.text("report"), v.text("draftSuggestions"), c.actor()));
        }
        return new Completion(commands, Map.of(ConsultationProcess.VAR_PREPARATION, next.name()), events -> Map.of());
    }

    private Completion schedule(TaskContext c, FormValues v) {
        var closesOn = v.date("onlineClosesOn");
        return Completion.of(new ScheduleMeeting(
                        topic(c),
                        v.date("meetingOn"),
                        v.text("place"),
                        participants(v),
                        closesOn == null
                                ? null
                                : closesOn.atTime(CLOSING_TIME).atZone(zone).toInstant(),
                        c.actor()))
                .withEventVariables(events -> {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put(ConsultationProcess.VAR_PARTICIPATION, Participation.MEETING_ONLY.name());
                    for (Object event : events) {
                        if (event instanceof MeetingScheduled e && e.onlineClosesAt() != null) {
                            variables.put(ConsultationProcess.VAR_PARTICIPATION, Participation.ONLINE.name());
                            variables.put(
                                    ConsultationProcess.VAR_ONLINE_CLOSES_AT,
                                    e.onlineClosesAt().toString());
                        }
                    }
                    return variables;
                });
    }

    private static Completion itemize(TaskContext c, FormValues v) {
        Next next = v.choice("next", Next.class);
        List<FieldError> missing = new ArrayList<>();
        if (next == Next.ANOTHER && v.text("text") == null) {
            missing.add(new FieldError("text", "is required"));
        }
        if (v.text("text") != null && v.list("departments").isEmpty()) {
            missing.add(new FieldError("departments", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new FormRejected(missing);
        }
        List<Object> commands = new ArrayList<>();
        if (v.text("text") != null) {
            commands.add(new ItemizeSuggestion(
                    topic(c),
                    v.text("text"),
                    v.list("departments").stream().map(DepartmentCode::new).toList(),
                    c.actor()));
        }
        if (next == Next.TRANSFER) {
            commands.add(new TransferSuggestions(topic(c), c.actor()));
        }
        return new Completion(commands, Map.of(ConsultationProcess.VAR_NEXT, next.name()), events -> Map.of());
    }

    private static Participants participants(FormValues v) {
        Long count = (Long) v.values().get("residentCount");
        if (count != null && (count < 0 || count > 1_000_000)) {
            throw new FormRejected(List.of(new FieldError("residentCount", "must be between 0 and 1000000")));
        }
        List<String> names = v.optionalText("residentNames")
                .map(n -> Arrays.stream(n.split("\\s*[,，、;；\\n]\\s*"))
                        .filter(s -> !s.isBlank())
                        .toList())
                .orElse(List.of());
        return new Participants(
                v.list("members"),
                v.list("departments").stream().map(DepartmentCode::new).toList(),
                count == null ? 0 : count.intValue(),
                names);
    }

    private static TopicId topic(TaskContext c) {
        return new TopicId(c.businessKey());
    }
}
