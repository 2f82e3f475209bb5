package org.tongxin.processes.report;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.engine.report.RemindReportReview;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;

/** The service tasks of {@code opinion-report}, named as the diagram's delegate expressions. */
@Configuration(proxyBeanMethods = false)
class ReportDelegates {

    /** {@code Service_RemindReview}: the reviewer hears the report is due soon; idempotent in the domain. */
    @Bean
    JavaDelegate remindReportReview(CommandSender commands) {
        return new CommandDelegate(commands) {
            @Override
            public void execute(DelegateExecution execution) {
                send(
                        execution,
                        new RemindReportReview(
                                new ReportId(execution.getProcessBusinessKey()),
                                LocalDate.parse(text(execution, OpinionReportProcess.VAR_REVIEW_DUE)),
                                ActorRef.system()));
            }
        };
    }
}
