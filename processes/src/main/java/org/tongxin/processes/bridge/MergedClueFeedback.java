package org.tongxin.processes.bridge;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.command.CommandSender;

/**
 * Lineage carries the answer: when a clue hears back, every clue merged into it hears the same, in the same
 * transaction, and closes (件件有回应 counts each submitter).
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class MergedClueFeedback {

    private final CommandSender commands;

    MergedClueFeedback(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(FeedbackRecorded event) {
        Map<String, String> origin = Map.of("origin", "policy:merged-clue-feedback");
        for (ClueId merged : event.mergedClues()) {
            commands.sendOnce(
                    new RecordFeedback(merged, event.sourceId(), event.summary(), ActorRef.system(), event.phrase()),
                    origin,
                    ClueRule.FEEDBACK_ALREADY_RECORDED);
            commands.sendOnce(new CloseClue(merged, ActorRef.system()), origin, ClueRule.CLOSE_WITHOUT_OUTCOME);
        }
    }
}
