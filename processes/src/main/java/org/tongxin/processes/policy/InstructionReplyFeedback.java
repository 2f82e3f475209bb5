package org.tongxin.processes.policy;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.report.RecordInstructionReply;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: a department's reply to a leader's instruction goes back to the report, for its author. The report records
 * each department's reply once, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class InstructionReplyFeedback {

    private final CommandSender commands;

    InstructionReplyFeedback(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(HandlingReplied event) {
        if (event.handlingId().sourceKind() != SourceKind.INSTRUCTION) {
            return;
        }
        commands.send(
                new RecordInstructionReply(
                        new ReportId(event.handlingId().sourceId()),
                        event.handlingId(),
                        event.text(),
                        event.repliedOn(),
                        ActorRef.system()),
                Map.of("origin", "policy:instruction-reply"));
    }
}
