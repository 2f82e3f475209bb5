package org.tongxin.processes.consultation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.CloseOnlineParticipation;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;

/** {@code Service_CloseOnlineParticipation}: the closing time came; the topic takes no more opinions. */
@Component("closeOnlineParticipation")
class CloseOnlineParticipationDelegate extends CommandDelegate {

    CloseOnlineParticipationDelegate(CommandSender commands) {
        super(commands);
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The topic closes participation once; a retried job changes nothing.
        send(
                execution,
                new CloseOnlineParticipation(new TopicId(execution.getProcessBusinessKey()), ActorRef.system()));
    }
}
