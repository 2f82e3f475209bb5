package org.tongxin.processes.policy;

import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalRule;
import org.tongxin.engine.proposal.RecordSupervisionResult;
import org.tongxin.engine.proposal.SupervisionResultRecorded;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.supervision.SupervisionEntryClosed;
import org.tongxin.engine.supervision.SupervisionSource;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: a closed supervision entry's result goes back to its sources (结果反馈来源). A proposal it came from — as a
 * key proposal or through a handling still unsatisfied after re-handle — records the result on its case, and every
 * clue that proposal came from hears it on its tracking page, even when closed long before (件件有回应). Each result
 * reaches each source once, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class SupervisionFeedback {

    private final CommandSender commands;

    SupervisionFeedback(CommandSender commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(SupervisionEntryClosed event) {
        Map<String, String> origin = Map.of("origin", "policy:supervision-feedback");
        for (SupervisionSource source : event.sources()) {
            ProposalId proposal = proposalOf(source);
            if (proposal == null) {
                continue;
            }
            commands.sendOnce(
                    new RecordSupervisionResult(
                            proposal, event.supervisionId().value(), event.result(), ActorRef.system()),
                    origin,
                    ProposalRule.SUPERVISION_RESULT_ALREADY_RECORDED);
        }
    }

    @EventHandler
    void on(SupervisionResultRecorded event) {
        Map<String, String> origin = Map.of("origin", "policy:supervision-feedback");
        String text = "您反映的问题经政协民主监督跟踪督办，已办结：" + event.result();
        for (ClueId clue : event.sourceClues()) {
            commands.sendOnce(
                    new RecordFeedback(
                            clue,
                            "supervision:" + event.supervisionId(),
                            text,
                            ActorRef.system(),
                            Phrase.of("feedback.supervision.closed", event.result())),
                    origin,
                    ClueRule.FEEDBACK_ALREADY_RECORDED,
                    ClueRule.FEEDBACK_BEFORE_OUTCOME);
        }
    }

    /** The proposal behind a source, or null for a source that is not a proposal's (a topic, a finding, the office). */
    private static ProposalId proposalOf(SupervisionSource source) {
        return switch (source.kind()) {
            case KEY_PROPOSAL -> new ProposalId(source.id());
            case ESCALATED_HANDLING -> {
                HandlingId handling = new HandlingId(source.id());
                yield handling.sourceKind() == SourceKind.PROPOSAL ? new ProposalId(handling.sourceId()) : null;
            }
            case CONSULTATION, SPECIAL_SUPERVISOR_FINDING, DIRECT -> null;
        };
    }
}
