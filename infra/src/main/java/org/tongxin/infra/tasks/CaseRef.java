package org.tongxin.infra.tasks;

import org.tongxin.engine.shared.HandlingId;
import org.tongxin.processes.task.TaskView;

/**
 * What a task's business key says about its case: a clue or proposal id, or for a department's handling
 * ({@link HandlingId}) the proposal, department and round.
 */
record CaseRef(String process, String businessKey, String proposal, String department, String round) {

    static CaseRef of(TaskView task) {
        String key = task.businessKey();
        if ("department-handling".equals(task.processKey()) && HandlingId.isHandlingId(key)) {
            HandlingId handling = new HandlingId(key);
            return new CaseRef(
                    task.processKey(),
                    key,
                    handling.sourceId(),
                    handling.department().value(),
                    String.valueOf(handling.n()));
        }
        String proposal = "proposal-lifecycle".equals(task.processKey()) ? key : null;
        return new CaseRef(task.processKey(), key, proposal, null, null);
    }
}
