package org.tongxin.processes.handling;

import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.engine.handling.CloseEvaluationWindow;
import org.tongxin.engine.handling.CloseHandling;
import org.tongxin.engine.handling.EscalateToSupervision;
import org.tongxin.engine.handling.MarkOverdue;
import org.tongxin.engine.handling.OpenHandling;
import org.tongxin.engine.handling.ReceiveHandling;
import org.tongxin.engine.handling.Rehandle;
import org.tongxin.engine.handling.SendReplyReminder;
import org.tongxin.engine.proposal.OutcomeSummary;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalRule;
import org.tongxin.engine.proposal.RecordHandlingClosed;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;
import org.tongxin.processes.variable.JsonList;

/**
 * The service tasks of {@code department-handling}, one bean each, named as the diagram's delegate expressions.
 * Each sends one command as the system; the handling's commands from timers and service tasks are idempotent in the
 * domain, so a retried job emits nothing new.
 */
@Configuration(proxyBeanMethods = false)
class HandlingDelegates {

    private static final ActorRef SYSTEM = ActorRef.system();

    /** {@code Service_OpenHandling}: opens the handling and takes its due dates into the process. */
    @Bean
    JavaDelegate openHandling(CommandSender commands) {
        return new Step(commands) {
            @Override
            public void execute(DelegateExecution execution) {
                String lead = (String) execution.getVariable(VAR_LEAD_HANDLING_ID);
                HandlingId handling = handlingId(execution);
                HandlingRole role = HandlingRole.valueOf(text(execution, VAR_ROLE));
                Object coHandlers = execution.getVariable(VAR_CO_HANDLER_COUNT);
                Object evaluators = execution.getVariable(VAR_EVALUATORS);
                List<Object> events = send(
                        execution,
                        new OpenHandling(
                                handling,
                                handling.source(),
                                new DepartmentCode(text(execution, VAR_DEPARTMENT)),
                                role,
                                lead == null || lead.isEmpty() ? null : lead,
                                LocalDate.parse(text(execution, VAR_ASSIGNED_ON)),
                                evaluators(execution.getVariable(VAR_EVALUATORS)),
                                Boolean.TRUE.equals(execution.getVariable(VAR_KEY_PROPOSAL)),
                                role == HandlingRole.LEAD && coHandlers instanceof Number n ? n.intValue() : 0,
                                SYSTEM,
                                JsonList.strings(execution.getVariable(VAR_OPINIONS_CARRIED)).stream()
                                        .map(DepartmentCode::new)
                                        .toList()));
                execution.setVariables(HandlingVariables.from(events));
                initialise(execution, VAR_REHANDLES, 0);
                initialise(execution, VAR_UNSATISFIED, false);
                initialise(execution, VAR_ESCALATED, false);
            }
        };
    }

    /** {@code Service_DeemReceived}: past the return window the assignment stands. */
    @Bean
    JavaDelegate deemReceived(CommandSender commands) {
        return step(commands, execution -> new ReceiveHandling(handlingId(execution), SYSTEM));
    }

    @Bean
    JavaDelegate sendReplyReminder(CommandSender commands) {
        return step(commands, execution -> new SendReplyReminder(handlingId(execution), SYSTEM));
    }

    @Bean
    JavaDelegate markOverdue(CommandSender commands) {
        return step(commands, execution -> new MarkOverdue(handlingId(execution), SYSTEM));
    }

    /** {@code Service_CloseEvaluationWindow}: those who did not evaluate are recorded as not evaluated. */
    @Bean
    JavaDelegate closeEvaluationWindow(CommandSender commands) {
        return step(commands, execution -> new CloseEvaluationWindow(handlingId(execution), SYSTEM));
    }

    /** {@code Service_Rehandle}: back to the department with a new due date, one round fewer left. */
    @Bean
    JavaDelegate rehandle(CommandSender commands) {
        return new Step(commands) {
            @Override
            public void execute(DelegateExecution execution) {
                List<Object> events = send(execution, new Rehandle(handlingId(execution), "评价不满意，重新办理", SYSTEM));
                execution.setVariables(HandlingVariables.from(events));
                execution.setVariable(VAR_REHANDLES, ((Number) execution.getVariable(VAR_REHANDLES)).intValue() + 1);
            }
        };
    }

    /** {@code Service_EscalateToSupervision}: still unsatisfied with no rounds left (民主监督议题库). */
    @Bean
    JavaDelegate escalateToSupervision(CommandSender commands) {
        return new Step(commands) {
            @Override
            public void execute(DelegateExecution execution) {
                send(execution, new EscalateToSupervision(handlingId(execution), "重新办理后仍不满意，转入民主监督", SYSTEM));
                execution.setVariable(VAR_ESCALATED, true);
            }
        };
    }

    /** {@code Service_CloseHandling}: the handling closes (a co-handler's closed when it sent its opinion). */
    @Bean
    JavaDelegate closeHandling(CommandSender commands) {
        return step(commands, execution -> new CloseHandling(handlingId(execution), SYSTEM));
    }

    /**
     * {@code Service_RecordClosureOnProposal}: the proposal learns how this department's handling ended. Other kinds
     * learn their department's reply when it is given ({@code InstructionReplyFeedback}), so nothing is left to tell.
     */
    @Bean
    JavaDelegate recordClosureOnProposal(CommandSender commands) {
        return new Step(commands) {
            @Override
            public void execute(DelegateExecution execution) {
                if (handlingId(execution).sourceKind() != SourceKind.PROPOSAL) {
                    return;
                }
                Object outcome = execution.getVariable(VAR_OUTCOME);
                sendOnce(
                        execution,
                        new RecordHandlingClosed(
                                new ProposalId(text(execution, VAR_PROPOSAL_ID)),
                                handlingId(execution).value(),
                                new OutcomeSummary(
                                        outcome == null ? null : OutcomeClass.valueOf(outcome.toString()),
                                        Boolean.TRUE.equals(execution.getVariable(VAR_ESCALATED))),
                                SYSTEM),
                        ProposalRule.HANDLING_ALREADY_CLOSED);
            }
        };
    }

    static HandlingId handlingId(DelegateExecution execution) {
        return new HandlingId(execution.getVariable(VAR_HANDLING_ID).toString());
    }

    private static void initialise(DelegateExecution execution, String name, Object value) {
        if (execution.getVariable(name) == null) {
            execution.setVariable(name, value);
        }
    }

    private static JavaDelegate step(CommandSender commands, Function<DelegateExecution, Object> command) {
        return new Step(commands) {
            @Override
            public void execute(DelegateExecution execution) {
                send(execution, command.apply(execution));
            }
        };
    }

    /** Gives the anonymous delegates above the sending helpers. */
    private abstract static class Step extends CommandDelegate {
        Step(CommandSender commands) {
            super(commands);
        }
    }
}
