package org.tongxin.processes.bridge;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.processes.clue.ClueTriageProcess;

/** A registered clue starts its triage. */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ClueTriageBridge {

    private final RuntimeService runtimeService;

    ClueTriageBridge(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventHandler
    void on(ClueRegistered event) {
        String clueId = event.clueId().value();
        runtimeService.startProcessInstanceByKey(
                ClueTriageProcess.KEY, clueId, Map.of(ClueTriageProcess.VAR_CLUE_ID, clueId));
    }
}
