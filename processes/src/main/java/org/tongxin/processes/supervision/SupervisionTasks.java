package org.tongxin.processes.supervision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.ActivityKind;
import org.tongxin.engine.supervision.CloseSupervisionEntry;
import org.tongxin.engine.supervision.Finding;
import org.tongxin.engine.supervision.FormSupervisionTeam;
import org.tongxin.engine.supervision.RecordInspection;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionLimits;
import org.tongxin.engine.supervision.VerifyRectification;
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

/**
 * The task types of {@code supervision}: the office's and the leaders' work on a pool entry. The staff member who
 * forms the team is its staff (the command takes several).
 */
@Component
class SupervisionTasks implements TaskTypeProvider {

    /** The team's verdict on a rectification item. */
    enum Verdict {
        ACCEPT,
        NOT_ACCEPT
    }

    static final FormDefinition TEAM_FORM = FormDefinition.of(
            FormField.reference("members", FieldType.MEMBER, new Label("委员", "Committee members"), true)
                    .multiple(1000),
            flagField(
                    "governmentInspectionOffice",
                    new Label("政府督查室参加（联合督查）", "With the government's inspection office")));

    static final FormDefinition ACTIVITY_FORM = FormDefinition.of(
            FormField.choice("kind", new Label("活动方式", "Activity"), true, Choice.of(ActivityKind.values())),
            FormField.date("heldOn", new Label("日期", "Held on"), true),
            FormField.text("places", new Label("地点", "Places"), true, SupervisionLimits.NAME_MAX),
            FormField.text("participants", new Label("参加人员", "Participants"), false, SupervisionLimits.NAME_MAX),
            FormField.reference(
                    "department", FieldType.DEPARTMENT, new Label("发现问题所涉单位", "Department concerned"), false),
            FormField.textarea("finding", new Label("发现的问题", "Finding"), false, SupervisionLimits.TEXT_MAX),
            flagField("rectify", new Label("交该单位整改", "Send to the department for rectification")),
            flagField("moreActivities", new Label("还要记录其他活动", "Another activity follows")));

    static final FormDefinition VERIFY_FORM = FormDefinition.of(
            FormField.choice(
                    "verdict",
                    new Label("验收结论", "Verdict"),
                    true,
                    List.of(
                            new Choice(Verdict.ACCEPT.name(), new Label("验收通过", "Accepted")),
                            new Choice(
                                    Verdict.NOT_ACCEPT.name(), new Label("不予通过，再次整改", "Not accepted: rectify again")))),
            FormField.textarea("opinion", new Label("验收意见", "Opinion"), false, SupervisionLimits.TEXT_MAX)
                    .requiredWhen("verdict", Verdict.NOT_ACCEPT.name()));

    static final FormDefinition CLOSE_FORM = FormDefinition.of(
            FormField.textarea("result", new Label("监督成果", "Result"), true, SupervisionLimits.TEXT_MAX));

    @Override
    public List<TaskType> taskTypes() {
        Set<Role> office = Set.of(Role.STAFF, Role.LEADER);
        return List.of(
                new TaskType(
                        SupervisionProcess.TASK_FORM_TEAM,
                        new Label("组建监督组", "Form the supervision team"),
                        TEAM_FORM,
                        office,
                        (c, v) -> Completion.of(new FormSupervisionTeam(
                                entry(c),
                                v.list("members"),
                                c.actor().role() == Role.STAFF
                                        ? List.of(c.actor().userId())
                                        : List.of(),
                                flag(v, "governmentInspectionOffice"),
                                c.actor()))),
                new TaskType(
                        SupervisionProcess.TASK_RECORD_ACTIVITY,
                        new Label("记录视察与发现", "Record an inspection"),
                        ACTIVITY_FORM,
                        office,
                        SupervisionTasks::recordActivity),
                new TaskType(
                                SupervisionProcess.TASK_VERIFY_RECTIFICATION,
                                new Label("整改验收", "Verify a rectification"),
                                VERIFY_FORM,
                                office,
                                (c, v) -> Completion.of(new VerifyRectification(
                                        entry(c),
                                        new HandlingId(c.processVariables()
                                                .get(SupervisionProcess.VAR_RECTIFICATION_HANDLING_ID)
                                                .toString()),
                                        v.choice("verdict", Verdict.class) == Verdict.ACCEPT,
                                        v.text("opinion"),
                                        c.actor())))
                        .needing(SupervisionProcess.VAR_RECTIFICATION_HANDLING_ID),
                new TaskType(
                        SupervisionProcess.TASK_CLOSE_ENTRY,
                        new Label("汇总成果并办结", "Close with the result"),
                        CLOSE_FORM,
                        office,
                        (c, v) -> Completion.of(new CloseSupervisionEntry(entry(c), v.text("result"), c.actor()))));
    }

    /** One activity with at most one finding per form; another finding is recorded as another activity. */
    private static Completion recordActivity(TaskContext c, FormValues v) {
        List<Finding> findings = v.optionalText("finding")
                .map(text -> List.of(new Finding(
                        v.optionalText("department").map(DepartmentCode::new).orElse(null), text)))
                .orElse(List.of());
        return Completion.of(new RecordInspection(
                        entry(c),
                        v.choice("kind", ActivityKind.class),
                        v.date("heldOn"),
                        v.text("places"),
                        v.text("participants"),
                        findings,
                        flag(v, "rectify"),
                        c.actor()))
                .with(Map.of(SupervisionProcess.VAR_MORE_ACTIVITIES, flag(v, "moreActivities")));
    }

    private static FormField flagField(String name, Label label) {
        return new FormField(name, FieldType.BOOLEAN, label, false, null, List.of(), null);
    }

    private static boolean flag(FormValues v, String name) {
        return Boolean.TRUE.equals(v.values().get(name));
    }

    private static SupervisionId entry(TaskContext c) {
        return new SupervisionId(c.businessKey());
    }
}
