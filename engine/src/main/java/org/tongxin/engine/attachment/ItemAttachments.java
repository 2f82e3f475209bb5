package org.tongxin.engine.attachment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/**
 * The files of one item. The stream begins with the item's first file. Who may add what: a citizen photos to a clue
 * (from the public form), a member material to clues, proposals and reports, a department officer its reply letter
 * to its own handling, the office anything; only the office publishes, and only a clue's images and PDFs.
 */
@AggregateRoot(type = "Attachments")
class ItemAttachments {

    static final int MAX_FILES = 20;

    private static final Map<AttachmentPurpose, Set<ItemKind>> ITEMS_OF_PURPOSE = Map.of(
            AttachmentPurpose.PHOTO, Set.of(ItemKind.CLUE, ItemKind.PROPOSAL, ItemKind.REPORT, ItemKind.HANDLING),
            AttachmentPurpose.RESEARCH_REPORT, Set.of(ItemKind.CLUE, ItemKind.PROPOSAL, ItemKind.REPORT),
            AttachmentPurpose.REPLY_LETTER, Set.of(ItemKind.HANDLING),
            AttachmentPurpose.INSTRUCTION_SCAN, Set.of(ItemKind.REPORT),
            AttachmentPurpose.OTHER, Set.of(ItemKind.values()));

    private static final Set<ItemKind> MEMBER_ITEMS = Set.of(ItemKind.CLUE, ItemKind.PROPOSAL, ItemKind.REPORT);

    @AggregateIdentifier
    private AttachmentsId id;

    private ItemRef item;
    private final Map<AttachmentId, File> files = new HashMap<>();

    /** What the aggregate keeps of a file: enough to decide on publishing. */
    private record File(String mediaType, boolean published) {}

    protected ItemAttachments() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddAttachment command, Clock clock) {
        ActorRef by = command.by();
        ItemKind kind = command.item().kind();
        RuleViolation.requireRole(by, Role.CITIZEN, Role.MEMBER, Role.STAFF, Role.DEPT_OFFICER);
        if (by.role() == Role.CITIZEN && (kind != ItemKind.CLUE || command.purpose() != AttachmentPurpose.PHOTO)) {
            throw new RuleViolation(AttachmentRule.CITIZEN_PHOTOS_ONLY);
        }
        if (by.role() == Role.MEMBER && !MEMBER_ITEMS.contains(kind)) {
            throw new RuleViolation(
                    ActorRule.ROLE_NOT_ALLOWED, "a member attaches files to clues, proposals and reports");
        }
        if (by.role() == Role.DEPT_OFFICER && !ownHandling(command.item(), by)) {
            throw new RuleViolation(AttachmentRule.NOT_YOUR_HANDLING);
        }
        if (!ITEMS_OF_PURPOSE.get(command.purpose()).contains(kind)) {
            throw new RuleViolation(AttachmentRule.PURPOSE_NOT_FOR_ITEM);
        }
        if (files.containsKey(command.attachmentId())) {
            throw new RuleViolation(AttachmentRule.ADDED_TWICE);
        }
        if (files.size() >= MAX_FILES) {
            throw new RuleViolation(AttachmentRule.TOO_MANY);
        }
        apply(new AttachmentAdded(
                command.attachmentsId(),
                command.item(),
                command.attachmentId(),
                command.purpose(),
                command.file(),
                by,
                clock.instant()));
    }

    @CommandHandler
    void handle(PublishAttachment command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        File file = known(command.attachmentId());
        if (file.published()) {
            throw new RuleViolation(AttachmentRule.ALREADY_PUBLISHED);
        }
        if (item.kind() != ItemKind.CLUE
                || !(file.mediaType().startsWith("image/") || file.mediaType().equals("application/pdf"))) {
            throw new RuleViolation(AttachmentRule.NOT_PUBLISHABLE);
        }
        apply(new AttachmentPublished(id, item, command.attachmentId(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(UnpublishAttachment command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!known(command.attachmentId()).published()) {
            throw new RuleViolation(AttachmentRule.NOT_PUBLISHED);
        }
        apply(new AttachmentUnpublished(id, item, command.attachmentId(), command.by(), clock.instant()));
    }

    private File known(AttachmentId attachmentId) {
        File file = files.get(attachmentId);
        if (file == null) {
            throw new RuleViolation(AttachmentRule.UNKNOWN_FILE);
        }
        return file;
    }

    private static boolean ownHandling(ItemRef item, ActorRef by) {
        return item.kind() == ItemKind.HANDLING
                && HandlingId.isHandlingId(item.id())
                && new HandlingId(item.id()).department().equals(by.department());
    }

    @EventSourcingHandler
    void on(AttachmentAdded event) {
        id = event.attachmentsId();
        item = event.item();
        files.put(event.attachmentId(), new File(event.file().mediaType(), false));
    }

    @EventSourcingHandler
    void on(AttachmentPublished event) {
        files.computeIfPresent(event.attachmentId(), (k, f) -> new File(f.mediaType(), true));
    }

    @EventSourcingHandler
    void on(AttachmentUnpublished event) {
        files.computeIfPresent(event.attachmentId(), (k, f) -> new File(f.mediaType(), false));
    }
}
