package org.tongxin.processes.studio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The task registry's rule on a draft: a user task whose form or command reads a process variable must come after a
 * step that sets it — the process's start, an earlier task whose completion writes it, a call activity handing it
 * back, an input or output mapping, a multi-instance loop naming it. Walks the flow graph forward from the start
 * events (into sub-processes and along boundary events); a task reached on no path that sets the variable would
 * fail on the first case that gets there.
 */
final class VariableFlow {

    static final String VARIABLE_NOT_SET = "VARIABLE_NOT_SET";

    private VariableFlow() {}

    static List<Finding> check(BpmnModelInstance model, String processKey, TaskVariables variables) {
        List<Finding> findings = new ArrayList<>();
        Set<String> atStart = variables.atStart().apply(processKey);
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (String needed : variables.needs().apply(task.getId())) {
                if (atStart.contains(needed) || setsHere(task, needed)) {
                    continue;
                }
                if (!setBefore(model, task, needed, variables)) {
                    findings.add(new Finding(
                            task.getId(),
                            task.getName(),
                            VARIABLE_NOT_SET,
                            "the task's form needs the process variable " + needed + ", which no earlier step sets"));
                }
            }
        }
        return findings;
    }

    /** Whether some node setting the variable is reachable from a start event and reaches the task. */
    private static boolean setBefore(BpmnModelInstance model, UserTask task, String variable, TaskVariables variables) {
        List<FlowNode> setters = new ArrayList<>();
        Deque<FlowNode> queue = new ArrayDeque<>();
        Set<FlowNode> seen = new HashSet<>();
        for (StartEvent start : topLevelStarts(model)) {
            queue.add(start);
        }
        // First pass: every node reachable from a start.
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            if (seen.add(node)) {
                queue.addAll(successors(node));
            }
        }
        for (FlowNode node : seen) {
            if (node != task && sets(node, variable, variables)) {
                setters.add(node);
            }
        }
        // Second pass: does the task follow one of the setters?
        Set<FlowNode> after = new HashSet<>();
        Deque<FlowNode> from = new ArrayDeque<>();
        for (FlowNode setter : setters) {
            from.addAll(successors(setter));
        }
        while (!from.isEmpty()) {
            FlowNode node = from.poll();
            if (node == task) {
                return true;
            }
            if (after.add(node)) {
                from.addAll(successors(node));
            }
        }
        return false;
    }

    private static List<StartEvent> topLevelStarts(BpmnModelInstance model) {
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process)
                .toList();
    }

    /** Where the flow can go next: outgoing flows, boundary events, a sub-process's own start events. */
    private static Collection<FlowNode> successors(FlowNode node) {
        List<FlowNode> next = new ArrayList<>();
        for (SequenceFlow flow : node.getOutgoing()) {
            next.add(flow.getTarget());
        }
        if (node instanceof Activity activity) {
            for (BoundaryEvent boundary : node.getModelInstance().getModelElementsByType(BoundaryEvent.class)) {
                if (boundary.getAttachedTo() == activity) {
                    next.add(boundary);
                }
            }
        }
        if (node instanceof SubProcess sub) {
            sub.getChildElementsByType(StartEvent.class).forEach(next::add);
        }
        return next;
    }

    private static boolean sets(FlowNode node, String variable, TaskVariables variables) {
        if (node instanceof UserTask && variables.sets().apply(node.getId()).contains(variable)) {
            return true;
        }
        if (node instanceof CallActivity call
                && extensions(call, CamundaOut.class).stream()
                        .anyMatch(out ->
                                variable.equals(out.getCamundaTarget()) || "all".equals(out.getCamundaVariables()))) {
            return true;
        }
        return setsHere(node, variable)
                || extensions(node, CamundaInputOutput.class).stream()
                        .flatMap(io -> io.getCamundaOutputParameters().stream())
                        .map(CamundaOutputParameter::getCamundaName)
                        .anyMatch(variable::equals);
    }

    /** Set on entering the node itself: an input mapping or the loop's element variable. */
    private static boolean setsHere(FlowNode node, String variable) {
        boolean input = extensions(node, CamundaInputOutput.class).stream()
                .flatMap(io -> io.getCamundaInputParameters().stream())
                .map(CamundaInputParameter::getCamundaName)
                .anyMatch(variable::equals);
        if (input) {
            return true;
        }
        for (ModelElementInstance scope = node; scope != null; scope = scope.getParentElement()) {
            if (scope instanceof Activity activity
                    && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop
                    && variable.equals(loop.getCamundaElementVariable())) {
                return true;
            }
            // a task inside a sub-process is entered after the sub-process's own input mapping
            if (scope instanceof SubProcess sub
                    && sub != node
                    && extensions(sub, CamundaInputOutput.class).stream()
                            .flatMap(io -> io.getCamundaInputParameters().stream())
                            .map(CamundaInputParameter::getCamundaName)
                            .anyMatch(variable::equals)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends ModelElementInstance> List<T> extensions(FlowNode node, Class<T> type) {
        ExtensionElements extensions = node.getExtensionElements();
        return extensions == null
                ? List.of()
                : extensions.getElementsQuery().filterByType(type).list();
    }
}
