package org.tongxin.infra.linkage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRule;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.infra.persistence.BackgroundWorker;
import org.tongxin.infra.shared.LinkageWire;
import org.tongxin.processes.command.CommandSender;

/**
 * Works the outbox every {@code tongxin.linkage.dispatch-interval}: sends the escalations whose time has come (a
 * failure waits longer each time, {@code first-retry} doubling up to {@code max-retry}), and asks the higher committee
 * for the outcome of those it took, every {@code poll-interval}, recording each new feedback on the clues the item
 * answers to until the peer's clue is closed. Counts {@code tongxin.linkage.sent}, {@code tongxin.linkage.failures}
 * and {@code tongxin.linkage.feedback}.
 */
@Component
class LinkageDispatcher extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(LinkageDispatcher.class);
    private static final int BATCH = 20;

    private final LinkageSettings settings;
    private final LinkageOutbox outbox;
    private final LinkagePeer peer;
    private final CommandSender commands;
    private final Clock clock;
    private final Counter sent;
    private final Counter failures;
    private final Counter feedback;

    LinkageDispatcher(
            LinkageSettings settings,
            LinkageOutbox outbox,
            LinkagePeer peer,
            CommandSender commands,
            Clock clock,
            MeterRegistry meters) {
        super("linkage");
        this.settings = settings;
        this.outbox = outbox;
        this.peer = peer;
        this.commands = commands;
        this.clock = clock;
        this.sent = Counter.builder("tongxin.linkage.sent")
                .description("Escalations the higher committee took")
                .register(meters);
        this.failures = Counter.builder("tongxin.linkage.failures")
                .description("Calls to the higher committee that failed and wait for a retry")
                .register(meters);
        this.feedback = Counter.builder("tongxin.linkage.feedback")
                .description("Feedback of the higher committee recorded on a clue here")
                .register(meters);
    }

    @Override
    protected Duration delay() {
        return settings.interval();
    }

    @Override
    protected boolean enabled() {
        return settings.hasPeer();
    }

    /** One round: what is due is sent, then what was sent is asked after. */
    @Override
    protected void turn() {
        sendDue();
        pollDue();
    }

    private void sendDue() {
        Instant now = clock.instant();
        for (Escalation e : outbox.claimDue(Escalation.State.PENDING, now, lease(now), BATCH)) {
            try {
                LinkageWire.Receipt receipt = peer.send(new LinkageWire.Inbound(
                        e.escalationId(),
                        settings.committee(),
                        e.itemKind(),
                        e.itemLabel(),
                        e.title(),
                        e.content(),
                        e.note()));
                outbox.sent(
                        e.escalationId(),
                        receipt.clueId(),
                        receipt.trackingCode(),
                        clock.instant(),
                        clock.instant().plus(settings.poll()));
                sent.increment();
            } catch (RuntimeException failure) {
                int attempts = e.attempts() + 1;
                Duration wait = settings.backOff(attempts);
                outbox.failed(
                        e.escalationId(),
                        attempts,
                        describe(failure),
                        clock.instant().plus(wait));
                failures.increment();
                log.warn(
                        "Escalation {} not taken by the higher committee (attempt {}); next try in {}: {}",
                        e.escalationId(),
                        attempts,
                        wait,
                        describe(failure));
            }
        }
    }

    private void pollDue() {
        Instant now = clock.instant();
        for (Escalation e : outbox.claimDue(Escalation.State.SENT, now, lease(now), BATCH)) {
            try {
                LinkageWire.Outcome outcome = peer.outcome(e.escalationId());
                for (LinkageWire.Feedback f : outcome.feedback()) {
                    record(e, f);
                }
                if (outcome.closed()) {
                    outbox.closed(e.escalationId(), clock.instant());
                } else {
                    outbox.polled(e.escalationId(), clock.instant().plus(settings.poll()), null);
                }
            } catch (RuntimeException failure) {
                failures.increment();
                outbox.polled(e.escalationId(), clock.instant().plus(settings.backOff(2)), describe(failure));
                log.warn("Outcome of escalation {} not read: {}", e.escalationId(), describe(failure));
            }
        }
    }

    /** Each of the peer's feedbacks once per clue: its source id is part of ours. */
    private void record(Escalation e, LinkageWire.Feedback f) {
        String text = "上级政协反馈：" + f.summary();
        for (String clue : e.feedbackClues()) {
            boolean recorded = !commands.sendOnce(
                            new RecordFeedback(
                                    new ClueId(clue),
                                    "linkage:" + e.escalationId() + ":" + f.sourceId(),
                                    text,
                                    ActorRef.system(),
                                    Phrase.of("feedback.linkage", f.summary())),
                            Map.of("origin", "linkage"),
                            ClueRule.FEEDBACK_ALREADY_RECORDED)
                    .isEmpty();
            if (recorded) {
                feedback.increment();
            }
        }
    }

    private Instant lease(Instant now) {
        return now.plus(settings.timeout().multipliedBy(2 * BATCH));
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
