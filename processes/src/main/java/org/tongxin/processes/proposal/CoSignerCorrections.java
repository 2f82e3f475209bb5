package org.tongxin.processes.proposal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ReplaceCoSigner;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;

/**
 * The office replaces a co-signer named by mistake (更换联名人) while co-signing is open: in one transaction the
 * proposal records the replacement, and the replaced co-signer's confirmation task passes to the replacement with
 * the same due date, so the proposal never waits on someone who cannot answer.
 */
@Service
public class CoSignerCorrections {

    private final TaskService taskService;
    private final RuntimeService runtime;
    private final CommandSender commands;

    public CoSignerCorrections(TaskService taskService, RuntimeService runtime, CommandSender commands) {
        this.taskService = taskService;
        this.runtime = runtime;
        this.commands = commands;
    }

    /** @return false when the replaced co-signer has no open confirmation task on that proposal (nothing was done) */
    @Transactional
    public boolean replace(String proposalId, String replaced, String replacement, String reason, ActorRef by) {
        Task task = taskService
                .createTaskQuery()
                .processDefinitionKey(ProposalLifecycleProcess.KEY)
                .processInstanceBusinessKey(proposalId)
                .taskDefinitionKey(ProposalLifecycleProcess.TASK_CONFIRM_CO_SIGNATURE)
                .taskAssignee(replaced)
                .active()
                .singleResult();
        if (task == null) {
            return false;
        }
        commands.send(
                new ReplaceCoSigner(new ProposalId(proposalId), replaced, replacement, reason, by),
                Map.of("origin", "correction", "processInstanceId", task.getProcessInstanceId()));
        runtime.setVariableLocal(task.getExecutionId(), ProposalLifecycleProcess.VAR_CO_SIGNER, replacement);
        List<String> coSigners = ProposalLifecycleProcess.coSigners(
                        runtime.getVariable(task.getProcessInstanceId(), ProposalLifecycleProcess.VAR_CO_SIGNERS))
                .stream()
                .map(c -> c.equals(replaced) ? replacement : c)
                .toList();
        runtime.setVariable(
                task.getProcessInstanceId(),
                ProposalLifecycleProcess.VAR_CO_SIGNERS,
                ProposalLifecycleProcess.coSigners(coSigners));
        taskService.setAssignee(task.getId(), replacement);
        return true;
    }
}
