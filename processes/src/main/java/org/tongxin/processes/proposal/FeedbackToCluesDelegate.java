package org.tongxin.processes.proposal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.delegate.CommandDelegate;

/**
 * {@code Service_FeedbackToClues}: the proposal's result goes back to every clue it came from (反馈), and a clue
 * whose outcome is now known closes (件件有回应). A retried job finds both done and sends nothing new.
 */
@Component("feedbackToClues")
class FeedbackToCluesDelegate extends CommandDelegate {

    FeedbackToCluesDelegate(CommandSender commands) {
        super(commands);
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> clues =
                ProposalLifecycleProcess.sourceClues(execution.getVariable(ProposalLifecycleProcess.VAR_SOURCE_CLUES));
        if (clues.isEmpty()) {
            return;
        }
        String summary = text(execution, ProposalLifecycleProcess.VAR_FEEDBACK);
        Phrase phrase = Feedback.phrase(execution.getVariable(ProposalLifecycleProcess.VAR_FEEDBACK_PHRASE));
        String source = "proposal:" + execution.getProcessBusinessKey();
        for (String clue : clues) {
            ClueId id = new ClueId(clue);
            sendOnce(
                    execution,
                    new RecordFeedback(id, source, summary, ActorRef.system(), phrase),
                    ClueRule.FEEDBACK_ALREADY_RECORDED,
                    ClueRule.FEEDBACK_BEFORE_OUTCOME);
            sendOnce(execution, new CloseClue(id, ActorRef.system()), ClueRule.CLOSE_WITHOUT_OUTCOME);
        }
    }
}
