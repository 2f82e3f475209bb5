package org.tongxin.processes.handling;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Policy: who follows up an overdue reply (督办). A key proposal's follow-up is the task of its supervising leader,
 * who answers for it (重点提案由牵头领导督办); every other item's follow-up is offered to the office and the leaders.
 * {@code Task_FollowUpOverdue} reads its assignee and candidate groups here.
 */
@Component("overdueFollowUp")
public class OverdueFollowUp {

    static final List<String> OFFICE_AND_LEADERS = List.of("STAFF", "LEADER");

    /** The supervising leader of a key proposal; null (nobody assigned) otherwise. */
    public String assignee(VariableScope execution) {
        return supervisingLeader(execution);
    }

    /** None for a key proposal, whose follow-up is its leader's alone; the office and the leaders otherwise. */
    public List<String> candidateGroups(VariableScope execution) {
        return supervisingLeader(execution) == null ? OFFICE_AND_LEADERS : List.of();
    }

    private static String supervisingLeader(VariableScope execution) {
        Object leader = execution.getVariable(DepartmentHandlingProcess.VAR_SUPERVISING_LEADER);
        return leader instanceof String s && !s.isBlank() ? s : null;
    }
}
