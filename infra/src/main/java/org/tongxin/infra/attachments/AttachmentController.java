package org.tongxin.infra.attachments;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.attachment.AttachmentView;

/**
 * Files of clues, proposals, handlings and reports. Upload: multipart, the item by kind and id; the type is read from
 * the bytes, images are re-encoded. Download: only for readers of the item, always as a download
 * ({@code Content-Disposition: attachment}) with {@code nosniff} and a sandboxing CSP, so nothing a file holds runs
 * in the browser. Refusals are problem details naming the field: 413 too large, 415 a type not taken, 400 otherwise.
 */
@RestController
@RequestMapping("/api/attachments")
class AttachmentController {

    static final URI FILE_REFUSED = URI.create("https://tongxin.org/problems/file-refused");

    private final Attachments attachments;
    private final ItemAccess access;
    private final CurrentUser currentUser;

    AttachmentController(Attachments attachments, ItemAccess access, CurrentUser currentUser) {
        this.attachments = attachments;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** One file as the API shows it; {@code href} downloads it, {@code preview} (images) a small JPEG. */
    record AttachmentInfo(
            String id,
            ItemKind itemKind,
            String itemId,
            AttachmentPurpose purpose,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            boolean published,
            String href,
            String preview) {

        static AttachmentInfo of(AttachmentView v) {
            String href = "/api/attachments/" + v.attachmentId();
            return new AttachmentInfo(
                    v.attachmentId(),
                    ItemKind.valueOf(v.itemKind()),
                    v.itemId(),
                    AttachmentPurpose.valueOf(v.purpose()),
                    v.fileName(),
                    v.mediaType(),
                    v.size(),
                    v.digest(),
                    v.uploadedBy(),
                    v.uploadedAt(),
                    v.published(),
                    href,
                    v.hasPreview() ? href + "/preview" : null);
        }

        static AttachmentInfo of(Attachments.Added a, TongxinUser by) {
            String href = "/api/attachments/" + a.attachmentId().value();
            return new AttachmentInfo(
                    a.attachmentId().value(),
                    a.item().kind(),
                    a.item().id(),
                    a.purpose(),
                    a.file().fileName(),
                    a.file().mediaType(),
                    a.file().size(),
                    a.file().digest(),
                    by.username(),
                    null,
                    false,
                    href,
                    a.file().previewDigest() == null ? null : href + "/preview");
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Attach a file to a clue, proposal, handling or report (multipart: file, itemKind, itemId,"
                    + " purpose); 413 over the size limit, 415 for a type not taken")
    ResponseEntity<AttachmentInfo> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam ItemKind itemKind,
            @RequestParam String itemId,
            @RequestParam(required = false) AttachmentPurpose purpose)
            throws IOException {
        TongxinUser me = currentUser.get();
        ItemRef item = item(itemKind, itemId);
        access.requireAdd(me, item);
        if (file.getSize() > attachments.maxFileBytes()) {
            throw new FileRefused("file", FileRefused.Reason.TOO_LARGE);
        }
        InspectedFile inspected = attachments
                .inspect("file", List.of(new Attachments.Upload(file.getOriginalFilename(), file.getBytes())))
                .get(0);
        AttachmentPurpose chosen = purpose != null ? purpose : Purposes.defaultFor(itemKind, me.role());
        Attachments.Added added = attachments.add(item, chosen, inspected, me.actor());
        return ResponseEntity.created(URI.create("/api/attachments/" + added.attachmentId()))
                .body(AttachmentInfo.of(added, me));
    }

    @GetMapping
    @Operation(summary = "The files of one item, oldest first")
    List<AttachmentInfo> list(@RequestParam ItemKind itemKind, @RequestParam String itemId) {
        ItemRef item = item(itemKind, itemId);
        access.requireRead(currentUser.get(), item);
        return attachments.list(item, false).stream().map(AttachmentInfo::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Download a file (always as an attachment, never shown inline)")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        AttachmentView file = readable(id);
        return Downloads.file(file, attachments.bytes(file.digest()).orElseThrow(() -> new NotFound("file " + id)));
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "A small JPEG preview of an image file")
    ResponseEntity<byte[]> preview(@PathVariable String id) {
        AttachmentView file = readable(id);
        return Downloads.preview(
                attachments.bytes(file.previewDigest()).orElseThrow(() -> new NotFound("preview " + id)));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Show a clue's image or PDF on the public tracking page (office only)")
    AttachmentInfo publish(@PathVariable String id) {
        return publication(id, true);
    }

    @PostMapping("/{id}/unpublish")
    @Operation(summary = "Take a published file off the public tracking page (office only)")
    AttachmentInfo unpublish(@PathVariable String id) {
        return publication(id, false);
    }

    private AttachmentInfo publication(String id, boolean published) {
        TongxinUser me = currentUser.get();
        AttachmentView file = readable(id);
        if (me.role() != Role.STAFF) {
            throw Access.forbidden("Only the office publishes files.");
        }
        attachments.publish(file, published, me.actor());
        return AttachmentInfo.of(new AttachmentView(
                file.attachmentId(),
                file.itemKind(),
                file.itemId(),
                file.purpose(),
                file.fileName(),
                file.mediaType(),
                file.size(),
                file.digest(),
                file.previewDigest(),
                file.uploadedBy(),
                file.uploaderRole(),
                file.uploadedAt(),
                published));
    }

    private AttachmentView readable(String id) {
        AttachmentView file = attachments.find(id).orElseThrow(() -> new NotFound("file " + id));
        access.requireRead(currentUser.get(), Attachments.itemOf(file));
        return file;
    }

    private static ItemRef item(ItemKind kind, String id) {
        try {
            return new ItemRef(kind, id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("item " + id);
        }
    }

    @ExceptionHandler(FileRefused.class)
    ResponseEntity<ProblemDetail> refused(FileRefused e) {
        return problem(e);
    }

    /** 413 too large, 415 a type not taken, 400 empty or unreadable; the field is named as in validation problems. */
    static ResponseEntity<ProblemDetail> problem(FileRefused e) {
        HttpStatus status =
                switch (e.reason()) {
                    case TOO_LARGE, IMAGE_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
                    case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                    default -> HttpStatus.BAD_REQUEST;
                };
        String message =
                switch (e.reason()) {
                    case EMPTY -> "is empty";
                    case TOO_LARGE -> "is larger than allowed";
                    case IMAGE_TOO_LARGE -> "is an image with too many pixels";
                    case TYPE_NOT_ALLOWED -> "is of a type not accepted ("
                            + (e.detectedType() == null ? "unknown" : e.detectedType()) + ")";
                    case UNREADABLE_IMAGE -> "is not a readable image";
                    case TOO_MANY -> "holds too many files";
                };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.field() + " " + message);
        problem.setType(FILE_REFUSED);
        problem.setTitle("The file is not accepted");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
