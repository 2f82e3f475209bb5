package org.tongxin.processes.bridge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.processes.report.OpinionReportProcess;
import org.tongxin.processes.report.ReviewWindow;

/**
 * A report submitted for the first time starts its review; one submitted again after revision is already inside its
 * process (the author's revision task submits it), so nothing starts twice.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class OpinionReportBridge {

    private final RuntimeService runtimeService;
    private final ReviewWindow window;
    private final Clock clock;

    OpinionReportBridge(RuntimeService runtimeService, ReviewWindow window, Clock clock) {
        this.runtimeService = runtimeService;
        this.window = window;
        this.clock = clock;
    }

    @EventHandler
    void on(OpinionReportSubmitted event) {
        String reportId = event.reportId().value();
        long running = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(OpinionReportProcess.KEY)
                .processInstanceBusinessKey(reportId)
                .count();
        if (running > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(OpinionReportProcess.VAR_REPORT_ID, reportId);
        variables.put(OpinionReportProcess.VAR_AUTHOR, authorOf(event));
        variables.putAll(window.variables(LocalDate.ofInstant(event.submittedAt(), clock.getZone())));
        runtimeService.startProcessInstanceByKey(OpinionReportProcess.KEY, reportId, variables);
    }

    /** The author revises: the submitter when a member submitted, else the report's author named on the event. */
    private static String authorOf(OpinionReportSubmitted event) {
        return event.author() != null ? event.author() : event.submittedBy().userId();
    }
}
