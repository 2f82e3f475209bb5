package org.tongxin.processes.policy;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.ConsultationResultSubmittedAsReport;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportSource;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: a consultation result submitted as a report becomes a draft public-opinion report by whoever submitted it,
 * its source the topic; the report path takes it from there. The report's id is the topic's, so one topic drafts one
 * report.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ConsultationReportDraft {

    private final CommandSender commands;

    ConsultationReportDraft(CommandSender commands) {
        this.commands = commands;
    }

    static ReportId reportOf(String topicId) {
        return new ReportId("consultation-" + topicId);
    }

    @EventHandler
    void on(ConsultationResultSubmittedAsReport event) {
        commands.send(
                new DraftOpinionReport(
                        reportOf(event.topicId().value()),
                        event.title(),
                        event.summary(),
                        List.of(new ReportSource(
                                ReportSource.Kind.CONSULTATION, event.topicId().value())),
                        event.submittedBy()),
                Map.of("origin", "policy:consultation-report"));
    }
}
