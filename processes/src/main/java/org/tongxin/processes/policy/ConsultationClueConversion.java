package org.tongxin.processes.policy;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.ConvertClue;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: a topic made from clues converts each of them (线索转化), which lets each clue's triage, waiting at
 * {@code Event_TopicCreated}, finish. It runs in the topic's transaction, so a clue that was not routed to a
 * consultation topic refuses the conversion and no topic is created.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ConsultationClueConversion {

    private final CommandSender commands;

    ConsultationClueConversion(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(TopicCreated event) {
        for (String clue : event.sourceClues()) {
            commands.send(
                    new ConvertClue(
                            new ClueId(clue),
                            ConversionTarget.CONSULTATION_TOPIC,
                            event.topicId().value(),
                            event.createdBy()),
                    Map.of("origin", "policy:consultation-clue-conversion"));
        }
    }
}
