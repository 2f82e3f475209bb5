package org.tongxin.processes.clue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.AdoptClue;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.ConvertClue;
import org.tongxin.engine.clue.DeclineGround;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.task.Choice;
import org.tongxin.processes.task.Completion;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.Label;
import org.tongxin.processes.task.TaskType;
import org.tongxin.processes.task.TaskTypeProvider;

/** The task types of {@code clue-triage}. */
@Component
class ClueTriageTasks implements TaskTypeProvider {

    static final FormDefinition CLASSIFY_FORM = FormDefinition.of(
            FormField.reference("category", FieldType.CATEGORY, new Label("类别", "Category"), true),
            FormField.text("street", new Label("街道", "Street"), false, ClueLimits.STREET_MAX),
            FormField.choice("route", new Label("处理方式", "Route"), true, Choice.of(ClueRoute.values())),
            FormField.choice(
                            "declineGround",
                            new Label("不予采用理由", "Decline ground"),
                            false,
                            Choice.of(DeclineGround.values()))
                    .requiredWhen("route", ClueRoute.DECLINE.name()),
            FormField.text("redirectedTo", new Label("引导至", "Redirected to"), false, ClueLimits.REDIRECTED_TO_MAX)
                    .requiredWhen("route", ClueRoute.DECLINE.name()),
            FormField.reference("mergeInto", FieldType.CLUE, new Label("并入线索", "Merge into clue"), false)
                    .requiredWhen("route", ClueRoute.MERGE.name()));

    @Override
    public List<TaskType> taskTypes() {
        return List.of(
                new TaskType(
                        ClueTriageProcess.TASK_CLASSIFY,
                        new Label("分类整理", "Classify clue"),
                        CLASSIFY_FORM,
                        Set.of(Role.STAFF),
                        (context, values) -> {
                            ClueRoute route = values.choice("route", ClueRoute.class);
                            ClassifyClue command = new ClassifyClue(
                                    new ClueId(context.businessKey()),
                                    values.text("category"),
                                    values.text("street"),
                                    route,
                                    values.choice("declineGround", DeclineGround.class),
                                    values.text("redirectedTo"),
                                    values.optionalText("mergeInto")
                                            .map(ClueId::new)
                                            .orElse(null),
                                    context.actor());
                            Map<String, Object> variables = new HashMap<>();
                            variables.put(ClueTriageProcess.VAR_ROUTE, route.name());
                            if (command.mergeInto() != null) {
                                variables.put(
                                        ClueTriageProcess.VAR_MERGE_INTO,
                                        command.mergeInto().value());
                            }
                            return new Completion(command, variables);
                        }),
                new TaskType(
                        ClueTriageProcess.TASK_ADOPT,
                        new Label("认领线索", "Adopt clue"),
                        ADOPT_FORM,
                        Set.of(Role.MEMBER),
                        (context, values) -> new Completion(
                                new AdoptClue(new ClueId(context.businessKey()), context.actor()),
                                Map.of(
                                        ClueTriageProcess.VAR_ADOPTER,
                                        context.actor().userId()))),
                new TaskType(
                        ClueTriageProcess.TASK_DRAFT_PROPOSAL,
                        new Label("起草提案", "Draft proposal"),
                        DRAFT_FORM,
                        Set.of(Role.MEMBER),
                        (context, values) -> {
                            ClueId clue = new ClueId(context.businessKey());
                            ProposalId proposal = ProposalId.random();
                            List<String> coSigners = values.list("coSigners");
                            ProposerKind kind = coSigners.isEmpty() ? ProposerKind.MEMBER : ProposerKind.JOINT;
                            return Completion.of(
                                            new DraftProposal(
                                                    proposal,
                                                    values.text("title"),
                                                    values.text("content"),
                                                    kind,
                                                    context.actor().userId(),
                                                    coSigners,
                                                    null,
                                                    List.of(clue),
                                                    context.actor()),
                                            new SubmitProposal(proposal, context.actor()),
                                            new ConvertClue(
                                                    clue, ConversionTarget.PROPOSAL, proposal.value(), context.actor()))
                                    .with(Map.of(ClueTriageProcess.VAR_PROPOSAL_ID, proposal.value()));
                        }));
    }

    /** Adopting asks nothing: completing the task is the claim, and the first member to complete it wins. */
    static final FormDefinition ADOPT_FORM = FormDefinition.of();

    static final FormDefinition DRAFT_FORM = FormDefinition.of(
            FormField.text("title", new Label("提案标题", "Title"), true, ProposalLimits.TITLE_MAX),
            FormField.textarea("content", new Label("提案内容", "Content"), true, ProposalLimits.CONTENT_MAX),
            FormField.reference("coSigners", FieldType.MEMBER, new Label("联名委员", "Co-signers"), false)
                    .multiple(500));
}
