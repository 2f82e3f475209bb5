package org.tongxin.infra.ui;

import org.tongxin.processes.task.TaskView;

/**
 * What a task's business key says about its case: a clue or proposal id, or for a department's handling
 * ({@code <proposal>/<department>/<round>}) the proposal, department and round.
 */
record CaseRef(String process, String businessKey, String proposal, String department, String round) {

    static CaseRef of(TaskView task) {
        String key = task.businessKey();
        if ("department-handling".equals(task.processKey()) && key != null) {
            String[] parts = key.split("/");
            if (parts.length == 3) {
                return new CaseRef(task.processKey(), key, parts[0], parts[1], parts[2]);
            }
        }
        String proposal = "proposal-lifecycle".equals(task.processKey()) ? key : null;
        return new CaseRef(task.processKey(), key, proposal, null, null);
    }
}
