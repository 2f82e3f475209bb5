package org.tongxin.infra.attachments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.projections.attachment.AttachmentView;
import org.tongxin.projections.cases.CaseHandling;
import org.tongxin.projections.cases.CaseView;

/**
 * The files panels the case, task and report pages show (templates call it as {@code @attachmentPanels}): one panel
 * per item the reader may read, with its files, whether the reader may add to it and publish from it, and the
 * purposes offered. A page with no readable item shows no panel.
 */
@Component("attachmentPanels")
public class AttachmentPanels {

    /** One item's files as a page shows them. */
    public record Panel(
            String kind,
            String itemId,
            String label,
            List<FileRow> files,
            boolean canAdd,
            boolean canPublish,
            List<AttachmentPurpose> purposes,
            String accept) {

        public boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /** One file: what it is, how large, who filed it when, whether the public sees it. */
    public record FileRow(
            String id,
            String fileName,
            String purpose,
            String size,
            String uploadedBy,
            String uploadedOn,
            boolean image,
            boolean preview,
            boolean published,
            boolean publishable) {}

    private final Attachments attachments;
    private final ItemAccess access;
    private final CurrentUser currentUser;
    private final UiFormat format;
    private final Messages messages;
    private final String accept;

    AttachmentPanels(
            Attachments attachments,
            ItemAccess access,
            CurrentUser currentUser,
            UiFormat format,
            Messages messages,
            AttachmentProperties properties) {
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
        this.format = format;
        this.messages = messages;
        this.accept = String.join(",", properties.allowedTypes());
    }

    /** The panel of one item, or null where the reader may not read it (or the id is no item's). */
    public Panel of(String kind, String itemId) {
        if (kind == null || itemId == null || itemId.isBlank()) {
            return null;
        }
        ItemRef item;
        try {
            item = new ItemRef(ItemKind.valueOf(kind), itemId);
        } catch (IllegalArgumentException e) {
            return null;
        }
        TongxinUser me = currentUser.get();
        if (!access.mayRead(me, item)) {
            return null;
        }
        boolean canPublish = me.role() == Role.STAFF && item.kind() == ItemKind.CLUE;
        List<FileRow> rows = attachments.list(item, false).stream()
                .map(f -> row(f, canPublish))
                .toList();
        boolean canAdd = access.mayAdd(me, item);
        return new Panel(kind, itemId, label(item), rows, canAdd, canPublish, purposes(item.kind(), me.role()), accept);
    }

    /**
     * The panels of a case: its clue (or the clues a proposal came from, where they hold files), its proposal and
     * every handling the reader may read, in that order.
     */
    public List<Panel> ofCase(CaseView view) {
        List<Panel> panels = new ArrayList<>();
        if (view == null) {
            return panels;
        }
        if (view.clue() != null) {
            add(panels, of(ItemKind.CLUE.name(), view.clue().clueId()));
        }
        if (view.proposal() != null) {
            if (view.clue() == null) {
                // the clues a proposal was drafted from: their photos matter to whoever handles it
                for (String clue : view.proposal().sourceClues()) {
                    Panel panel = of(ItemKind.CLUE.name(), clue);
                    if (panel != null && !panel.isEmpty()) {
                        add(panels, panel);
                    }
                }
            }
            add(panels, of(ItemKind.PROPOSAL.name(), view.proposal().proposalId()));
        }
        for (CaseHandling h : view.handlings()) {
            add(panels, of(ItemKind.HANDLING.name(), h.handlingId()));
        }
        return panels;
    }

    /**
     * The panels a task page shows: those of its case (or of its clue, when the task is a clue's triage) and the
     * panel of the handling the task works on, whether or not the case view lists it yet.
     */
    public List<Panel> ofTask(String businessKey, String clueId, CaseView item) {
        List<Panel> panels = ofCase(item);
        if (item == null && clueId != null) {
            add(panels, of(ItemKind.CLUE.name(), clueId));
        }
        if (HandlingId.isHandlingId(businessKey)
                && panels.stream().noneMatch(p -> p.itemId().equals(businessKey))) {
            add(panels, of(ItemKind.HANDLING.name(), businessKey));
        }
        return panels;
    }

    /** The files the public sees on a clue's tracking page: the published ones only. */
    public List<FileRow> published(String clueId) {
        if (clueId == null) {
            return List.of();
        }
        return attachments.list(new ItemRef(ItemKind.CLUE, clueId), true).stream()
                .map(f -> row(f, false))
                .toList();
    }

    private static void add(List<Panel> panels, Panel panel) {
        if (panel != null) {
            panels.add(panel);
        }
    }

    private String label(ItemRef item) {
        String kind = messages.get("attachment.panel." + item.kind().name());
        if (item.kind() == ItemKind.HANDLING && HandlingId.isHandlingId(item.id())) {
            return kind + " · "
                    + format.department(new HandlingId(item.id()).department().value());
        }
        return kind;
    }

    private FileRow row(AttachmentView f, boolean canPublish) {
        boolean publishable = canPublish && (f.image() || "application/pdf".equals(f.mediaType()));
        return new FileRow(
                f.attachmentId(),
                f.fileName(),
                messages.get("attachment.purpose." + f.purpose()),
                size(f.size()),
                "CITIZEN".equals(f.uploaderRole())
                        ? messages.get("attachment.byCitizen")
                        : format.person(f.uploadedBy()),
                format.date(f.uploadedAt()),
                f.image(),
                f.hasPreview(),
                f.published(),
                publishable);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static List<AttachmentPurpose> purposes(ItemKind kind, Role role) {
        boolean office = role == Role.STAFF;
        return switch (kind) {
            case CLUE -> office
                    ? List.of(AttachmentPurpose.RESEARCH_REPORT, AttachmentPurpose.PHOTO, AttachmentPurpose.OTHER)
                    : List.of(AttachmentPurpose.RESEARCH_REPORT, AttachmentPurpose.PHOTO);
            case PROPOSAL -> office
                    ? List.of(AttachmentPurpose.RESEARCH_REPORT, AttachmentPurpose.PHOTO, AttachmentPurpose.OTHER)
                    : List.of(AttachmentPurpose.RESEARCH_REPORT, AttachmentPurpose.PHOTO);
            case HANDLING -> List.of(AttachmentPurpose.REPLY_LETTER, AttachmentPurpose.PHOTO, AttachmentPurpose.OTHER);
            case REPORT -> office
                    ? List.of(
                            AttachmentPurpose.INSTRUCTION_SCAN,
                            AttachmentPurpose.RESEARCH_REPORT,
                            AttachmentPurpose.OTHER)
                    : List.of(AttachmentPurpose.RESEARCH_REPORT, AttachmentPurpose.PHOTO);
        };
    }
}
