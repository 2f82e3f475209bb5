package org.tongxin.processes.studio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Component;

/**
 * Reads the last closed cases of a process from Camunda's full history: for each, its own instance and the ones it
 * called (a proposal's department handlings), the user tasks completed, messages received and timers fired in the
 * order they happened, and the variables each of them set.
 */
@Component
public class RecordedHistory {

    /** Most cases one rehearsal replays. */
    public static final int MAX_CASES = 200;

    private static final Set<String> TASKS = Set.of("userTask");
    private static final Set<String> MESSAGES = Set.of("intermediateMessageCatch", "receiveTask", "boundaryMessage");
    private static final Set<String> TIMERS = Set.of("intermediateTimer", "boundaryTimer");

    private final HistoryService history;

    public RecordedHistory(ProcessEngine engine) {
        this.history = engine.getHistoryService();
    }

    /** The last {@code limit} cases of the process that ran to their end, most recently closed first. */
    public List<RecordedCase> lastClosed(String processKey, int limit) {
        List<RecordedCase> cases = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .completed()
                .orderByProcessInstanceEndTime()
                .desc()
                .listPage(0, Math.max(1, Math.min(limit, MAX_CASES)))) {
            cases.add(recorded(instance));
        }
        return cases;
    }

    private RecordedCase recorded(HistoricProcessInstance root) {
        Map<String, String> businessKeys = new LinkedHashMap<>();
        collect(root, businessKeys);
        List<HistoricActivityInstance> activities = new ArrayList<>();
        List<HistoricVariableUpdate> updates = new ArrayList<>();
        for (String id : businessKeys.keySet()) {
            activities.addAll(history.createHistoricActivityInstanceQuery()
                    .processInstanceId(id)
                    .finished()
                    .orderPartiallyByOccurrence()
                    .asc()
                    .list());
            for (HistoricDetail detail : history.createHistoricDetailQuery()
                    .processInstanceId(id)
                    .variableUpdates()
                    .orderByTime()
                    .asc()
                    .list()) {
                updates.add((HistoricVariableUpdate) detail);
            }
        }
        // Stable: within one instance the occurrence order stands where two steps ended in the same millisecond.
        activities.sort(Comparator.comparing(HistoricActivityInstance::getEndTime));
        Map<String, HistoricActivityInstance> byActivityInstance = new HashMap<>();
        Map<String, HistoricActivityInstance> byTask = new HashMap<>();
        for (HistoricActivityInstance a : activities) {
            byActivityInstance.put(a.getId(), a);
            if (a.getTaskId() != null) {
                byTask.put(a.getTaskId(), a);
            }
        }
        List<HistoricActivityInstance> stepActivities = activities.stream()
                .filter(a -> !a.isCanceled() && kind(a.getActivityType()) != null)
                .toList();
        Map<String, Map<String, Object>> stepVariables = new HashMap<>();
        stepActivities.forEach(a -> stepVariables.put(a.getId(), new HashMap<>()));
        Map<String, Object> start = new HashMap<>();
        Map<String, List<Map<String, Object>>> delegates = new HashMap<>();
        Map<String, Map<String, Object>> delegateRuns = new LinkedHashMap<>();
        Date firstStep = stepActivities.isEmpty() ? null : stepActivities.get(0).getEndTime();
        for (HistoricVariableUpdate update : updates) {
            HistoricActivityInstance at = update.getTaskId() != null ? byTask.get(update.getTaskId()) : null;
            if (at == null) {
                at = byActivityInstance.get(update.getActivityInstanceId());
            }
            if (at != null && stepVariables.containsKey(at.getId())) {
                stepVariables.get(at.getId()).put(update.getVariableName(), update.getTypedValue());
            } else if (at != null && isDelegate(at.getActivityType())) {
                delegateRuns
                        .computeIfAbsent(at.getId(), id -> new HashMap<>())
                        .put(update.getVariableName(), update.getTypedValue());
            } else if (root.getId().equals(update.getActivityInstanceId())
                    && (firstStep == null || !update.getTime().after(firstStep))) {
                start.put(update.getVariableName(), update.getTypedValue());
            } else {
                // Written on a scope (the instance, a loop's body) during some step: hand it to the step that was
                // under way then, the first one to end at or after the write.
                stepActivities.stream()
                        .filter(a -> !a.getEndTime().before(update.getTime()))
                        .filter(a -> a.getProcessInstanceId().equals(update.getProcessInstanceId()))
                        .findFirst()
                        .ifPresent(a ->
                                stepVariables.get(a.getId()).put(update.getVariableName(), update.getTypedValue()));
            }
        }
        delegateRuns.forEach((activityInstanceId, values) -> {
            HistoricActivityInstance a = byActivityInstance.get(activityInstanceId);
            delegates
                    .computeIfAbsent(
                            RecordedCase.delegateKey(a.getActivityId(), businessKeys.get(a.getProcessInstanceId())),
                            k -> new ArrayList<>())
                    .add(values);
        });
        List<RecordedStep> steps = stepActivities.stream()
                .map(a -> new RecordedStep(
                        kind(a.getActivityType()),
                        a.getActivityId(),
                        a.getActivityName(),
                        businessKeys.get(a.getProcessInstanceId()),
                        stepVariables.get(a.getId())))
                .toList();
        return new RecordedCase(root.getBusinessKey(), start, steps, delegates);
    }

    private void collect(HistoricProcessInstance instance, Map<String, String> businessKeys) {
        businessKeys.put(instance.getId(), instance.getBusinessKey());
        for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(instance.getId())
                .list()) {
            collect(called, businessKeys);
        }
    }

    private static RecordedStep.Kind kind(String activityType) {
        if (TASKS.contains(activityType)) {
            return RecordedStep.Kind.TASK;
        }
        if (MESSAGES.contains(activityType)) {
            return RecordedStep.Kind.MESSAGE;
        }
        return TIMERS.contains(activityType) ? RecordedStep.Kind.TIMER : null;
    }

    private static boolean isDelegate(String activityType) {
        return "serviceTask".equals(activityType)
                || "sendTask".equals(activityType)
                || "intermediateThrowEvent".equals(activityType)
                || "businessRuleTask".equals(activityType);
    }
}
