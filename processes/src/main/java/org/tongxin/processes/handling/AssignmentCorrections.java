package org.tongxin.processes.handling;

import static org.tongxin.processes.handling.DepartmentHandlingProcess.VAR_HANDLING_ID;
import static org.tongxin.processes.handling.DepartmentHandlingProcess.VAR_PROPOSAL_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.handling.CorrectAssignment;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ReassignDepartment;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.processes.command.CommandSender;

/**
 * The office corrects a wrong assignment after the fact (更正交办): in one transaction the handling ends as returned,
 * the proposal opens a handling at the right department, and the handling's process leaves wherever it waited and
 * starts over at {@code Service_OpenHandling} for the new department — the path an upheld return takes, so the new
 * department gets its receive-or-return task with fresh time limits. Both events carry the reason and the actor, so
 * the audit log shows who corrected what and why.
 */
@Service
public class AssignmentCorrections {

    static final String OPEN_HANDLING = "Service_OpenHandling";

    private final RuntimeService runtime;
    private final CommandSender commands;

    public AssignmentCorrections(RuntimeService runtime, CommandSender commands) {
        this.runtime = runtime;
        this.commands = commands;
    }

    /**
     * @param handlingId an open handling
     * @param department the department code it should have gone to
     * @return false when no handling of that id is open (nothing was done)
     */
    @Transactional
    public boolean reassign(String handlingId, DepartmentCode department, String reason, ActorRef by) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DepartmentHandlingProcess.KEY)
                .variableValueEquals(VAR_HANDLING_ID, handlingId)
                .active()
                .singleResult();
        if (instance == null) {
            return false;
        }
        Map<String, ?> metadata = Map.of("origin", "correction", "processInstanceId", instance.getId());
        List<Object> events = new ArrayList<>(
                commands.send(new CorrectAssignment(new HandlingId(handlingId), department, reason, by), metadata));
        String proposalId = String.valueOf(runtime.getVariable(instance.getId(), VAR_PROPOSAL_ID));
        events.addAll(commands.send(
                new ReassignDepartment(new ProposalId(proposalId), handlingId, department, by), metadata));

        runtime.setVariables(instance.getId(), HandlingVariables.from(events));
        ActivityInstance tree = runtime.getActivityInstance(instance.getId());
        // start the new round first: cancelling every activity of an instance first would end the instance
        ProcessInstanceModificationBuilder modification =
                runtime.createProcessInstanceModification(instance.getId()).startBeforeActivity(OPEN_HANDLING);
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            modification = modification.cancelActivityInstance(child.getId());
        }
        for (TransitionInstance transition : tree.getChildTransitionInstances()) {
            modification = modification.cancelTransitionInstance(transition.getId());
        }
        modification.execute();
        return true;
    }
}
