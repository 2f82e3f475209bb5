package org.tongxin.processes.bridge;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.processes.clue.ClueTriageProcess;
import org.tongxin.processes.contract.Correlates;

/** A registered clue starts its triage; a clue that became a topic or report lets its triage finish. */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
@Correlates(ClueTriageProcess.MSG_CLUE_CONVERTED)
class ClueTriageBridge {

    private final RuntimeService runtimeService;
    private final Correlations correlations;

    ClueTriageBridge(RuntimeService runtimeService, Correlations correlations) {
        this.runtimeService = runtimeService;
        this.correlations = correlations;
    }

    @EventHandler
    void on(ClueRegistered event) {
        String clueId = event.clueId().value();
        runtimeService.startProcessInstanceByKey(
                ClueTriageProcess.KEY, clueId, Map.of(ClueTriageProcess.VAR_CLUE_ID, clueId));
    }

    @EventHandler
    void on(ClueConverted event) {
        // A proposal is drafted inside the triage's own task; only topics and reports are waited for.
        if (event.target() != ConversionTarget.PROPOSAL) {
            correlations.correlate(
                    ClueTriageProcess.MSG_CLUE_CONVERTED,
                    ClueTriageProcess.KEY,
                    event.clueId().value(),
                    Map.of());
        }
    }
}
