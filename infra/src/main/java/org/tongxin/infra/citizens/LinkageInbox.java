package org.tongxin.infra.citizens;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.FeedbackRecorded;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.LinkageWire;
import org.tongxin.infra.web.NotFound;

/**
 * City–district linkage, the receiving side: an item a lower committee escalated becomes a clue of source {@code LOWER_COMMITTEE}, its
 * submitter the sending committee and its text ending with where it came from; the clue then takes the path of any
 * other. Receipt is idempotent on the sending account and its reference. The sender asks back for the clue's
 * feedback, read off the clue's own events.
 */
@Service
class LinkageInbox {

    private final JdbcClient jdbc;
    private final ClueIntake intake;
    private final EventStore eventStore;
    private final Clock clock;

    LinkageInbox(JdbcClient jdbc, ClueIntake intake, EventStore eventStore, Clock clock) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** The same reference from the same sender answers with the clue registered the first time. */
    @Transactional
    public Received receive(LinkageWire.Inbound in, TongxinUser sender) {
        Optional<LinkageWire.Receipt> earlier = find(sender.username(), in.reference());
        if (earlier.isPresent()) {
            return new Received(earlier.get(), false);
        }
        ClueReceipt receipt = intake.register(
                new ClueSubmission(
                        in.title().strip(),
                        content(in),
                        ClueSource.LOWER_COMMITTEE,
                        null,
                        null,
                        new ClueSubmission.SubmitterContact(in.committee().strip(), null, true)),
                sender.actor());
        jdbc.sql(
                        """
                INSERT INTO linkage_inbound (sender, reference, committee, item_label, clue_id, tracking_code,
                                             received_at)
                VALUES (:sender, :reference, :committee, :label, :clue, :code, :at)
                """)
                .param("sender", sender.username())
                .param("reference", in.reference())
                .param("committee", in.committee().strip())
                .param("label", in.itemLabel().strip())
                .param("clue", receipt.id())
                .param("code", receipt.trackingCode())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return new Received(new LinkageWire.Receipt(receipt.id(), receipt.trackingCode()), true);
    }

    record Received(LinkageWire.Receipt receipt, boolean created) {}

    /** The clue's feedback for the sender of {@code reference}; another sender is told it does not exist. */
    public LinkageWire.Outcome outcome(String reference, TongxinUser sender) {
        LinkageWire.Receipt receipt =
                find(sender.username(), reference).orElseThrow(() -> new NotFound("escalation " + reference));
        List<? extends DomainEventMessage<?>> events =
                eventStore.readEvents(receipt.clueId(), 0L).asStream().toList();
        List<LinkageWire.Feedback> feedback = events.stream()
                .filter(m -> m.getPayload() instanceof FeedbackRecorded)
                .map(m -> (FeedbackRecorded) m.getPayload())
                .map(f -> new LinkageWire.Feedback(f.sourceId(), f.summary(), f.recordedAt()))
                .toList();
        boolean closed = events.stream().anyMatch(m -> m.getPayload() instanceof ClueClosed);
        return new LinkageWire.Outcome(receipt.clueId(), receipt.trackingCode(), closed, feedback);
    }

    private Optional<LinkageWire.Receipt> find(String sender, String reference) {
        return jdbc.sql(
                        "SELECT clue_id, tracking_code FROM linkage_inbound WHERE sender = :sender AND reference = :ref")
                .param("sender", sender)
                .param("ref", reference)
                .query((rs, n) -> new LinkageWire.Receipt(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private static String content(LinkageWire.Inbound in) {
        String kind = "PROPOSAL".equals(in.itemKind()) ? "提案" : "线索";
        String origin = "\n\n——" + in.committee().strip() + "报送（原" + kind + " "
                + in.itemLabel().strip() + "）"
                + (in.note() == null || in.note().isBlank()
                        ? ""
                        : "：" + in.note().strip());
        String text = in.content().strip();
        int room = ClueLimits.CONTENT_MAX - origin.length();
        return (text.length() > room ? text.substring(0, room) : text) + origin;
    }
}
