package org.tongxin.processes.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * Moves running cases of a process from one version to another with Camunda's migration API. The plan maps every
 * activity to the one with the same id in the target; a case standing in an activity the target lacks cannot move
 * and is named as such before anything runs. Event triggers are deliberately not updated, so a case waiting on a
 * timer keeps the due date it was given. Each case moves in its own transaction: one that fails leaves the others
 * moved and is reported with its reason.
 */
@Component
public class InstanceMigrations {

    public static final String UNMAPPED = "UNMAPPED";
    public static final String PLAN = "PLAN";

    /** Which cases to move: all running on the source version, or those whose business key or position matches. */
    public record Selection(String businessKey, String activityId) {

        boolean matches(Instance instance) {
            return (businessKey == null
                            || businessKey.isBlank()
                            || instance.businessKey().contains(businessKey.strip()))
                    && (activityId == null
                            || activityId.isBlank()
                            || instance.activityIds().contains(activityId.strip()));
        }
    }

    /** A running case on the source version, where it stands, and whether the plan can move it. */
    public record Instance(String id, String businessKey, List<String> activityIds, List<String> unmapped) {

        public boolean movable() {
            return unmapped.isEmpty();
        }
    }

    /**
     * The plan between two versions: activity by activity, what the source has that the target lacks (with its name),
     * and the cases it would move.
     */
    public record Plan(
            String processKey,
            int fromVersion,
            int toVersion,
            Map<String, String> mapped,
            Map<String, String> unmapped,
            List<Finding> findings,
            List<Instance> instances) {

        public boolean valid() {
            return findings.isEmpty();
        }
    }

    /** One case's outcome. */
    public record Outcome(String instanceId, String businessKey, boolean migrated, String reason) {}

    public record Report(String processKey, int fromVersion, int toVersion, List<Outcome> outcomes) {

        public long migrated() {
            return outcomes.stream().filter(Outcome::migrated).count();
        }

        public long failed() {
            return outcomes.size() - migrated();
        }
    }

    private final ProcessVersions versions;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final DraftValidator validator;

    InstanceMigrations(
            ProcessVersions versions, RepositoryService repository, RuntimeService runtime, DraftValidator validator) {
        this.versions = versions;
        this.repository = repository;
        this.runtime = runtime;
        this.validator = validator;
    }

    public Plan plan(
            ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target, Selection selection) {
        String key = source.processKey();
        List<Finding> findings = new ArrayList<>();
        if (source.version() == target.version()) {
            findings.add(new Finding(null, null, PLAN, "the two versions are the same"));
        }
        // the target is checked against today's contract: a version the product can no longer run takes no cases
        findings.addAll(validator.validate(key, versions.xml(target.definitionId())));
        Map<String, String> mapped = new LinkedHashMap<>();
        Map<String, String> unmapped = new LinkedHashMap<>();
        BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.definitionId());
        BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.definitionId());
        for (FlowNode node : sourceModel.getModelElementsByType(FlowNode.class)) {
            if (targetModel.getModelElementById(node.getId()) instanceof FlowNode) {
                mapped.put(node.getId(), node.getName());
            } else {
                unmapped.put(node.getId(), node.getName());
            }
        }
        if (findings.isEmpty()) {
            try {
                build(source, target);
            } catch (MigrationPlanValidationException e) {
                findings.addAll(planFindings(e.getValidationReport(), sourceModel));
            }
        }
        List<Instance> instances = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionId(source.definitionId())
                .active()
                .list()) {
            List<String> activities = List.copyOf(new LinkedHashSet<>(runtime.getActiveActivityIds(instance.getId())));
            List<String> stuck =
                    activities.stream().filter(unmapped::containsKey).toList();
            Instance view = new Instance(
                    instance.getId(),
                    instance.getBusinessKey() == null ? "" : instance.getBusinessKey(),
                    activities,
                    stuck);
            if (selection == null || selection.matches(view)) {
                instances.add(view);
            }
        }
        return new Plan(
                key,
                source.version(),
                target.version(),
                mapped,
                unmapped,
                List.copyOf(findings),
                List.copyOf(instances));
    }

    /**
     * Runs the plan for the selected cases; refused as a whole, with the findings, when the plan or the target
     * version does not hold. A case that cannot move (it stands where the target has nothing) is reported, not forced.
     */
    public Report execute(
            ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target, Selection selection) {
        Plan plan = plan(source, target, selection);
        if (!plan.valid()) {
            throw new StudioRefusal("the migration plan does not hold; nothing was moved", plan.findings());
        }
        if (plan.instances().isEmpty()) {
            throw new StudioRefusal(
                    "no running case of version " + plan.fromVersion() + " matches; nothing was moved",
                    List.of(new Finding(null, null, PLAN, "no case selected")));
        }
        MigrationPlan migration = build(source, target);
        List<Outcome> outcomes = new ArrayList<>();
        for (Instance instance : plan.instances()) {
            if (!instance.movable()) {
                outcomes.add(new Outcome(
                        instance.id(),
                        instance.businessKey(),
                        false,
                        "stands at " + String.join(", ", instance.unmapped()) + ", which the target version lacks"));
                continue;
            }
            try {
                runtime.newMigration(migration)
                        .processInstanceIds(instance.id())
                        .execute();
                outcomes.add(new Outcome(instance.id(), instance.businessKey(), true, null));
            } catch (ProcessEngineException e) {
                outcomes.add(new Outcome(instance.id(), instance.businessKey(), false, e.getMessage()));
            }
        }
        return new Report(plan.processKey(), plan.fromVersion(), plan.toVersion(), List.copyOf(outcomes));
    }

    private MigrationPlan build(ProcessVersions.DeployedVersion source, ProcessVersions.DeployedVersion target) {
        return runtime.createMigrationPlan(source.definitionId(), target.definitionId())
                .mapEqualActivities()
                .build();
    }

    private static List<Finding> planFindings(MigrationPlanValidationReport report, BpmnModelInstance source) {
        List<Finding> findings = new ArrayList<>();
        for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
            MigrationInstruction i = instruction.getMigrationInstruction();
            String id = diagramId(i.getSourceActivityId());
            Object element = source.getModelElementById(id);
            String name = element instanceof FlowNode node ? node.getName() : null;
            for (String failure : instruction.getFailures()) {
                findings.add(new Finding(id, name, PLAN, failure));
            }
        }
        if (findings.isEmpty()) {
            findings.add(new Finding(null, null, PLAN, "Camunda refused the migration plan"));
        }
        return findings;
    }

    private static String diagramId(String activityId) {
        String suffix = BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX;
        return activityId != null && activityId.endsWith(suffix)
                ? activityId.substring(0, activityId.length() - suffix.length())
                : activityId;
    }
}
