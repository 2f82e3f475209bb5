package org.tongxin.processes.clue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.AbsorbClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;

/** {@code Service_LinkMergedClue}: the earlier clue records the clue merged into it, so lineage runs both ways. */
@Component("linkMergedClue")
class LinkMergedClueDelegate extends CommandDelegate {

    LinkMergedClueDelegate(CommandSender commands) {
        super(commands);
    }

    @Override
    public void execute(DelegateExecution execution) {
        send(
                execution,
                new AbsorbClue(
                        new ClueId(text(execution, ClueTriageProcess.VAR_MERGE_INTO)),
                        new ClueId(execution.getProcessBusinessKey()),
                        ActorRef.system()));
    }
}
