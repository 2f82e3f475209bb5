package org.tongxin.processes.policy;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.consultation.ConsultationResultRecorded;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicRefused;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: a topic's outcome goes back to every clue it was made from (反馈) and the clue closes (件件有回应): the
 * refusal with its reason, or the result with how many suggestions the departments took up. The same outcome is fed
 * back once, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ConsultationFeedback {

    private final CommandSender commands;

    ConsultationFeedback(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(TopicRefused event) {
        feedBack(
                event.topicId(),
                event.sourceClues(),
                "您反映的问题已作为协商议题「" + event.title() + "」研究，经研究暂不立项：" + event.reason(),
                Phrase.of("feedback.consultation.refused", event.title(), event.reason()));
    }

    @EventHandler
    void on(ConsultationResultRecorded event) {
        feedBack(
                event.topicId(),
                event.sourceClues(),
                "您反映的问题已作为协商议题「" + event.title() + "」协商办结，形成建议" + event.suggestions() + "条，部门答复" + event.answers()
                        + "件，其中采纳或已落实" + event.adopted() + "件。协商成果：" + event.summary(),
                Phrase.of(
                        "feedback.consultation.concluded",
                        event.title(),
                        event.suggestions(),
                        event.answers(),
                        event.adopted(),
                        event.summary()));
    }

    private void feedBack(TopicId topic, List<String> clues, String text, Phrase phrase) {
        Map<String, String> origin = Map.of("origin", "policy:consultation-feedback");
        String source = "consultation:" + topic.value();
        for (String clue : clues) {
            ClueId id = new ClueId(clue);
            commands.sendOnce(
                    new RecordFeedback(id, source, text, ActorRef.system(), phrase),
                    origin,
                    ClueRule.FEEDBACK_ALREADY_RECORDED);
            commands.sendOnce(new CloseClue(id, ActorRef.system()), origin, ClueRule.CLOSE_WITHOUT_OUTCOME);
        }
    }
}
