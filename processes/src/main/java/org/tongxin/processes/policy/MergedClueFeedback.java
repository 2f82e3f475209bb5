package org.tongxin.processes.policy;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;
import org.tongxin.processes.task.EnumLabels;

/**
 * Lineage carries the answer: when a clue hears back, every clue merged into it hears the same, in the same
 * transaction, and closes (件件有回应 counts each submitter). A declined clue's answer is the decline itself — its
 * ground and where to go instead, as staff recorded them — so the clues merged into it hear that too. It runs in
 * the bridges' subscribing group, so the commands it sends commit with the event that caused them.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class MergedClueFeedback {

    private final CommandSender commands;

    MergedClueFeedback(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ClueClassified event) {
        if (event.route() != ClueRoute.DECLINE) {
            return;
        }
        commands.sendOnce(
                new RecordFeedback(
                        event.clueId(), declineSource(event.clueId()), declineText(event), ActorRef.system()),
                Map.of("origin", "policy:decline-feedback"),
                ClueRule.FEEDBACK_ALREADY_RECORDED);
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

    static String declineSource(ClueId clue) {
        return "decline:" + clue.value();
    }

    /** What the submitter is told, in the words the citizen pages use; the redirect is the one staff recorded. */
    static String declineText(ClueClassified event) {
        String ground = event.declineGround() == null
                ? ""
                : "（" + EnumLabels.of(event.declineGround()).zh() + "）";
        String redirect = event.redirectedTo() == null || event.redirectedTo().isBlank()
                ? ""
                : "建议您向" + event.redirectedTo().strip() + "反映。";
        return "您反映的问题经审核不予采纳" + ground + "。" + redirect;
    }
}
