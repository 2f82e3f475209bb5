package org.tongxin.processes.proposal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.proposal.AssignDepartments;
import org.tongxin.engine.proposal.Assignment;
import org.tongxin.engine.proposal.ConfirmCoSignature;
import org.tongxin.engine.proposal.ConvertToOpinionReport;
import org.tongxin.engine.proposal.DeclineCoSignature;
import org.tongxin.engine.proposal.DesignateKeyProposal;
import org.tongxin.engine.proposal.FileProposal;
import org.tongxin.engine.proposal.HandlingMode;
import org.tongxin.engine.proposal.KeyProposalDesignated;
import org.tongxin.engine.proposal.MergeProposal;
import org.tongxin.engine.proposal.NotFiledDisposition;
import org.tongxin.engine.proposal.NotFiledGround;
import org.tongxin.engine.proposal.ProposalAssigned;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.proposal.ProposalMerged;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.proposal.RecordHandlingVote;
import org.tongxin.engine.proposal.RejectFiling;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.proposal.ProposalLifecycleProcess.Filing;
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

/** The task types of {@code proposal-lifecycle}. */
@Component
class ProposalTasks implements TaskTypeProvider {

    /** The filing review's decision to merge the proposal into another (并案); the process ends it as not filed. */
    static final String MERGE = "MERGE";

    private final ProposalNumbers numbers;
    private final MergeTargets mergeTargets;

    ProposalTasks(ProposalNumbers numbers, MergeTargets mergeTargets) {
        this.numbers = numbers;
        this.mergeTargets = mergeTargets;
    }

    static final FormDefinition CO_SIGN_FORM = FormDefinition.of(
            FormField.choice(
                    "decision",
                    new Label("是否联名", "Co-sign?"),
                    true,
                    List.of(
                            new Choice("CONFIRM", new Label("确认联名", "Confirm")),
                            new Choice("DECLINE", new Label("不联名", "Decline")))),
            FormField.textarea("reason", new Label("理由", "Reason"), false, ProposalLimits.CO_SIGN_REASON_MAX));

    static final FormDefinition FILING_FORM = FormDefinition.of(
            FormField.choice(
                    "decision",
                    new Label("审查结论", "Decision"),
                    true,
                    List.of(
                            new Choice(Filing.FILE.name(), new Label("立案", "File")),
                            new Choice(Filing.NOT_FILE.name(), new Label("不予立案", "Do not file")),
                            new Choice(Filing.CONVERT.name(), new Label("转社情民意信息", "Convert to an opinion report")),
                            new Choice(MERGE, new Label("并案", "Merge into another proposal")))),
            FormField.reference("category", FieldType.CATEGORY, new Label("类别", "Category"), false)
                    .requiredWhen("decision", Filing.FILE.name()),
            FormField.choice("ground", new Label("不予立案理由", "Ground"), false, Choice.of(NotFiledGround.values()))
                    .requiredWhen("decision", Filing.NOT_FILE.name()),
            FormField.choice(
                            "disposition",
                            new Label("处理方式", "Disposition"),
                            false,
                            Choice.of(NotFiledDisposition.values()))
                    .requiredWhen("decision", Filing.NOT_FILE.name()),
            FormField.text("forwardedTo", new Label("转交单位", "Forwarded to"), false, ProposalLimits.FORWARDED_TO_MAX),
            FormField.reference("mergeInto", FieldType.PROPOSAL, new Label("并入提案", "Merge into proposal"), false)
                    .requiredWhen("decision", MERGE),
            FormField.textarea("note", new Label("说明", "Note"), false, ProposalLimits.FILING_NOTE_MAX));

    static final FormDefinition ASSIGN_FORM = FormDefinition.of(
            FormField.choice(
                    "mode",
                    new Label("交办方式", "Handling mode"),
                    true,
                    List.of(
                            new Choice("LEAD_WITH_CO", new Label("主办+协办", "Lead with co-handlers")),
                            new Choice("SEPARATE", new Label("分办", "Separate")),
                            new Choice("MERGED", new Label("并案", "Merged")))),
            FormField.reference("lead", FieldType.DEPARTMENT, new Label("主办单位", "Lead department"), false)
                    .requiredWhen("mode", "LEAD_WITH_CO"),
            FormField.reference("coHandlers", FieldType.DEPARTMENT, new Label("协办单位", "Co-handlers"), false)
                    .multiple(400),
            FormField.reference(
                            "separate",
                            FieldType.DEPARTMENT,
                            new Label("分办单位", "Departments handling separately"),
                            false)
                    .multiple(400)
                    .requiredWhen("mode", "SEPARATE"),
            FormField.reference("mergedWith", FieldType.PROPOSAL, new Label("并案提案", "Merged with proposals"), false)
                    .multiple(800)
                    .requiredWhen("mode", "MERGED"),
            FormField.reference(
                    "supervisingLeader",
                    FieldType.LEADER,
                    new Label("重点提案牵头领导", "Key proposal: supervising leader"),
                    false));

    /** The committee's vote (票决评价): how many members voted and the count for each option. */
    static final FormDefinition VOTE_FORM = FormDefinition.of(
            FormField.number("voters", new Label("参加表决人数", "Members voting"), true),
            FormField.number("satisfied", new Label("满意票", "Satisfied"), true),
            FormField.number("basicallySatisfied", new Label("基本满意票", "Basically satisfied"), true),
            FormField.number("unsatisfied", new Label("不满意票", "Unsatisfied"), true),
            FormField.number("abstained", new Label("弃权票", "Abstained"), true));

    @Override
    public List<TaskType> taskTypes() {
        return List.of(
                new TaskType(
                        ProposalLifecycleProcess.TASK_CONFIRM_CO_SIGNATURE,
                        new Label("确认联名", "Confirm co-signature"),
                        CO_SIGN_FORM,
                        Set.of(Role.MEMBER),
                        (context, values) -> {
                            ProposalId proposal = new ProposalId(context.businessKey());
                            Object command = "CONFIRM".equals(values.text("decision"))
                                    ? new ConfirmCoSignature(proposal, context.actor())
                                    : new DeclineCoSignature(proposal, values.text("reason"), context.actor());
                            return Completion.of(command);
                        }),
                new TaskType(
                        ProposalLifecycleProcess.TASK_REVIEW_FILING,
                        new Label("立案审查", "Filing review"),
                        FILING_FORM,
                        Set.of(Role.STAFF),
                        this::reviewFiling),
                new TaskType(
                        ProposalLifecycleProcess.TASK_ASSIGN_DEPARTMENTS,
                        new Label("交办", "Assign departments"),
                        ASSIGN_FORM,
                        Set.of(Role.STAFF),
                        ProposalTasks::assign),
                new TaskType(
                        ProposalLifecycleProcess.TASK_RECORD_HANDLING_VOTE,
                        new Label("重点提案票决", "Record the key proposal vote"),
                        VOTE_FORM,
                        Set.of(Role.STAFF),
                        ProposalTasks::recordVote));
    }

    private Completion reviewFiling(TaskContext context, FormValues values) {
        ProposalId proposal = new ProposalId(context.businessKey());
        if (MERGE.equals(values.text("decision"))) {
            return merge(context, values, proposal);
        }
        Filing decision = values.choice("decision", Filing.class);
        Object command =
                switch (decision) {
                    case FILE -> new FileProposal(proposal, values.text("category"), numbers.next(), context.actor());
                    case NOT_FILE -> new RejectFiling(
                            proposal,
                            values.choice("ground", NotFiledGround.class),
                            values.choice("disposition", NotFiledDisposition.class),
                            values.text("forwardedTo"),
                            values.text("note"),
                            context.actor());
                    case CONVERT -> new ConvertToOpinionReport(proposal, values.text("note"), context.actor());
                };
        return Completion.of(command)
                .with(Map.of(ProposalLifecycleProcess.VAR_FILING, decision.name()))
                .withEventVariables(events -> {
                    Map<String, Object> variables = new HashMap<>();
                    for (Object event : events) {
                        if (event instanceof ProposalNotFiled notFiled) {
                            variables.put(
                                    ProposalLifecycleProcess.VAR_SOURCE_CLUES,
                                    ProposalLifecycleProcess.sourceClues(notFiled.sourceClues().stream()
                                            .map(ClueId::value)
                                            .toList()));
                            variables.put(ProposalLifecycleProcess.VAR_FEEDBACK, Feedback.notFiled(notFiled));
                            variables.put(
                                    ProposalLifecycleProcess.VAR_FEEDBACK_PHRASE,
                                    Feedback.json(Feedback.notFiledPhrase(notFiled)));
                        }
                    }
                    return variables;
                });
    }

    /** Merged (并案): the process ends it as not filed and tells the proposer which proposal it is handled with. */
    private Completion merge(TaskContext context, FormValues values, ProposalId proposal) {
        Optional<MergeTargets.Found> found =
                values.optionalText("mergeInto").map(ProposalId::new).flatMap(mergeTargets::find);
        MergeProposal command = new MergeProposal(
                proposal, found.map(MergeTargets.Found::target).orElse(null), values.text("note"), context.actor());
        boolean numbered = found.map(MergeTargets.Found::numbered).orElse(false);
        return Completion.of(command)
                .with(Map.of(ProposalLifecycleProcess.VAR_FILING, Filing.NOT_FILE.name()))
                .withEventVariables(events -> {
                    Map<String, Object> variables = new HashMap<>();
                    for (Object event : events) {
                        if (event instanceof ProposalMerged merged) {
                            variables.put(
                                    ProposalLifecycleProcess.VAR_SOURCE_CLUES,
                                    ProposalLifecycleProcess.sourceClues(merged.sourceClues().stream()
                                            .map(ClueId::value)
                                            .toList()));
                            variables.put(ProposalLifecycleProcess.VAR_FEEDBACK, Feedback.merged(merged, numbered));
                            variables.put(
                                    ProposalLifecycleProcess.VAR_FEEDBACK_PHRASE,
                                    Feedback.json(Feedback.mergedPhrase(merged, numbered)));
                        }
                    }
                    return variables;
                });
    }

    private static Completion assign(TaskContext context, FormValues values) {
        ProposalId proposal = new ProposalId(context.businessKey());
        HandlingMode mode = values.choice("mode", HandlingMode.class);
        List<Assignment> assignments = new ArrayList<>();
        if (mode == HandlingMode.SEPARATE) {
            departments(values, "separate").forEach(d -> assignments.add(new Assignment(d, HandlingRole.SEPARATE)));
        } else {
            if (values.text("lead") != null) {
                assignments.add(new Assignment(new DepartmentCode(values.text("lead")), HandlingRole.LEAD));
            }
            departments(values, "coHandlers").forEach(d -> assignments.add(new Assignment(d, HandlingRole.CO)));
        }
        List<ProposalId> mergedWith =
                values.list("mergedWith").stream().map(ProposalId::new).toList();
        List<Object> commands = new ArrayList<>();
        if (values.text("supervisingLeader") != null) {
            commands.add(new DesignateKeyProposal(proposal, values.text("supervisingLeader"), context.actor()));
        }
        commands.add(new AssignDepartments(proposal, mode, assignments, mergedWith, context.actor()));
        return new Completion(commands, Map.of(), events -> {
            String supervisingLeader = null;
            for (Object event : events) {
                if (event instanceof KeyProposalDesignated designated) {
                    supervisingLeader = designated.supervisingLeader();
                }
            }
            for (Object event : events) {
                if (event instanceof ProposalAssigned assigned) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put(ProposalLifecycleProcess.VAR_SUPERVISING_LEADER, supervisingLeader);
                    variables.putAll(Map.of(
                            ProposalLifecycleProcess.VAR_HANDLINGS,
                            ProposalLifecycleProcess.handlings(assigned.handlings()),
                            ProposalLifecycleProcess.VAR_CO_HANDLER_COUNT,
                            ProposalLifecycleProcess.coHandlerCount(assigned.handlings()),
                            ProposalLifecycleProcess.VAR_EVALUATORS,
                            ProposalLifecycleProcess.evaluators(assigned.evaluators()),
                            ProposalLifecycleProcess.VAR_KEY_PROPOSAL,
                            assigned.keyProposal(),
                            ProposalLifecycleProcess.VAR_ASSIGNED_ON,
                            assigned.assignedOn().toString()));
                    return variables;
                }
            }
            throw new IllegalStateException("assignment produced no ProposalAssigned event");
        });
    }

    static final List<String> VOTE_COUNTS = List.of("satisfied", "basicallySatisfied", "unsatisfied", "abstained");

    /**
     * Counts that cannot be a vote are refused by field before the proposal sees them, so the form marks the count
     * to correct; the proposal checks the same again (and refuses a vote without any counted vote).
     */
    private static Completion recordVote(TaskContext context, FormValues values) {
        List<FieldError> errors = new ArrayList<>();
        long counted = 0;
        for (String field : VOTE_COUNTS) {
            if (values.integer(field) < 0) {
                errors.add(new FieldError(field, "must not be negative"));
            }
            counted += Math.max(0, values.integer(field));
        }
        if (values.integer("voters") < 0) {
            errors.add(new FieldError("voters", "must not be negative"));
        } else if (errors.isEmpty() && counted > values.integer("voters")) {
            errors.add(new FieldError("voters", "must not be fewer than the votes counted"));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return Completion.of(new RecordHandlingVote(
                new ProposalId(context.businessKey()),
                values.integer("voters"),
                values.integer("satisfied"),
                values.integer("basicallySatisfied"),
                values.integer("unsatisfied"),
                values.integer("abstained"),
                context.actor()));
    }

    private static List<DepartmentCode> departments(FormValues values, String field) {
        return values.list(field).stream().map(DepartmentCode::new).toList();
    }
}
