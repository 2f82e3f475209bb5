package org.tongxin.infra.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.attachment.AttachmentView;

/**
 * The pages' side of attachments: downloads and previews for signed-in readers (the same access as the API), the
 * panel's upload and publish forms (back to the page they came from, with a sentence saying what happened), and the
 * published files of a clue for its public tracking page.
 */
@Controller
class AttachmentPages {

    /** Where a panel's form may send the reader back to: the item pages that show panels. */
    private static final Pattern BACK = Pattern.compile("/(cases|tasks|reports|clues)/[A-Za-z0-9._:%\\-/]{1,200}");

    private final Attachments attachments;
    private final ItemAccess access;
    private final CurrentUser currentUser;
    private final Messages messages;

    AttachmentPages(Attachments attachments, ItemAccess access, CurrentUser currentUser, Messages messages) {
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        AttachmentView file = readable(id);
        return Downloads.file(file, attachments.bytes(file.digest()).orElseThrow(UiErrors.PageNotFound::new));
    }

    @GetMapping("/files/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable String id) {
        AttachmentView file = readable(id);
        return Downloads.preview(attachments.bytes(file.previewDigest()).orElseThrow(UiErrors.PageNotFound::new));
    }

    /** A published file of a clue, for anyone: what is not published does not exist here. */
    @GetMapping("/public/files/{id}")
    ResponseEntity<byte[]> publicDownload(@PathVariable String id) {
        AttachmentView file = published(id);
        return Downloads.file(file, attachments.bytes(file.digest()).orElseThrow(UiErrors.PageNotFound::new));
    }

    @GetMapping("/public/files/{id}/preview")
    ResponseEntity<byte[]> publicPreview(@PathVariable String id) {
        AttachmentView file = published(id);
        return Downloads.preview(attachments.bytes(file.previewDigest()).orElseThrow(UiErrors.PageNotFound::new));
    }

    @PostMapping("/files")
    String upload(
            @RequestParam String itemKind,
            @RequestParam String itemId,
            @RequestParam(required = false) AttachmentPurpose purpose,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        ItemRef item = item(itemKind, itemId);
        access.requireAdd(me, item);
        redirect.addFlashAttribute("attachmentItem", item.id());
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("attachmentError", messages.get("attachment.error.none"));
            return "redirect:" + safeBack(back);
        }
        try {
            List<Attachments.Upload> uploads = new ArrayList<>();
            for (MultipartFile f : chosen) {
                if (f.getSize() > attachments.maxFileBytes()) {
                    throw new FileRefused("files", FileRefused.Reason.TOO_LARGE, null, f.getOriginalFilename());
                }
                uploads.add(new Attachments.Upload(f.getOriginalFilename(), f.getBytes()));
            }
            List<InspectedFile> inspected = attachments.inspect("files", uploads);
            attachments.addAll(
                    item,
                    purpose != null ? purpose : Purposes.defaultFor(item.kind(), me.role()),
                    inspected,
                    me.actor());
            redirect.addFlashAttribute("attachmentNotice", messages.get("attachment.added", inspected.size()));
        } catch (FileRefused e) {
            redirect.addFlashAttribute(
                    "attachmentError",
                    messages.get(e.messageKey(), e.fileName(), attachments.maxFileBytes() / (1024 * 1024), 20));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("attachmentError", messages.refusal(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:" + safeBack(back);
    }

    @PostMapping("/files/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        return publication(id, true, back, redirect);
    }

    @PostMapping("/files/{id}/unpublish")
    String unpublish(
            @PathVariable String id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        return publication(id, false, back, redirect);
    }

    private String publication(String id, boolean published, String back, RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        AttachmentView file = readable(id);
        if (me.role() != Role.STAFF) {
            throw Access.forbidden("Only the office publishes files.");
        }
        redirect.addFlashAttribute("attachmentItem", file.itemId());
        try {
            attachments.publish(file, published, me.actor());
            redirect.addFlashAttribute(
                    "attachmentNotice",
                    messages.get(published ? "attachment.published" : "attachment.unpublished", file.fileName()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("attachmentError", messages.refusal(e));
        }
        return "redirect:" + safeBack(back);
    }

    private AttachmentView readable(String id) {
        AttachmentView file = attachments.find(id).orElseThrow(UiErrors.PageNotFound::new);
        if (!access.mayRead(currentUser.get(), Attachments.itemOf(file))) {
            throw new UiErrors.PageNotFound();
        }
        return file;
    }

    private AttachmentView published(String id) {
        AttachmentView file = attachments.find(id).orElseThrow(UiErrors.PageNotFound::new);
        if (!file.published() || !ItemKind.CLUE.name().equals(file.itemKind())) {
            throw new UiErrors.PageNotFound();
        }
        return file;
    }

    private static ItemRef item(String kind, String id) {
        try {
            return new ItemRef(ItemKind.valueOf(kind), id);
        } catch (IllegalArgumentException e) {
            throw new UiErrors.PageNotFound();
        }
    }

    /** Only back to an item page, never to an address from elsewhere. */
    static String safeBack(String back) {
        return back != null && BACK.matcher(back).matches() && !back.contains("..") ? back : "/";
    }
}
