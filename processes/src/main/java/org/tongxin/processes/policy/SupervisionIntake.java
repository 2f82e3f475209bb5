package org.tongxin.processes.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.EscalatedToSupervision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.RegisterSupervisionEntry;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionSource;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.engine.supervision.SupervisorFindingRecorded;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: what reaches the supervision pool (民主监督议题库) without anyone filing it. A handling still unsatisfied
 * after its re-handles becomes an entry of proposal supervision linked to that handling; a special supervisor's
 * finding becomes an entry of special supervision, sent straight to the department for rectification when the
 * supervisor routed it so. Each entry's id is derived from its source, so a redelivered event files nothing new.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class SupervisionIntake {

    /** The subject of an escalated handling's entry; the pages show the handled item's title beside it. */
    static final String ESCALATED_SUBJECT = "重新办理后仍不满意";

    private final CommandSender commands;
    private final ZoneId zone;

    SupervisionIntake(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.zone = clock.getZone();
    }

    @EventHandler
    void on(EscalatedToSupervision event) {
        commands.send(
                new RegisterSupervisionEntry(
                        SupervisionId.derivedFrom("escalation:" + event.handlingId()),
                        ESCALATED_SUBJECT,
                        event.reason(),
                        SupervisionType.PROPOSAL,
                        LocalDate.ofInstant(event.escalatedAt(), zone).getYear(),
                        List.of(event.handlingId().department()),
                        List.of(new SupervisionSource(
                                SupervisionSource.Kind.ESCALATED_HANDLING,
                                event.handlingId().value())),
                        null,
                        ActorRef.system()),
                Map.of("origin", "policy:escalation"));
    }

    @EventHandler
    void on(SupervisorFindingRecorded event) {
        commands.send(
                new RegisterSupervisionEntry(
                        SupervisionId.derivedFrom("finding:" + event.source().id()),
                        event.subject(),
                        event.text(),
                        SupervisionType.SPECIAL,
                        LocalDate.ofInstant(event.recordedAt(), zone).getYear(),
                        List.of(event.department()),
                        List.of(event.source()),
                        event.route() == FindingRoute.RECTIFICATION ? event.text() : null,
                        ActorRef.system()),
                Map.of("origin", "policy:special-supervisor"));
    }
}
