package org.tongxin.infra.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.attachment.AddAttachment;
import org.tongxin.engine.attachment.AttachmentId;
import org.tongxin.engine.attachment.AttachmentPurpose;
import org.tongxin.engine.attachment.AttachmentsId;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.attachment.PublishAttachment;
import org.tongxin.engine.attachment.StoredFile;
import org.tongxin.engine.attachment.UnpublishAttachment;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.projections.attachment.AttachmentView;
import org.tongxin.projections.attachment.FindAttachment;
import org.tongxin.projections.attachment.ListAttachments;

/**
 * Files an inspected upload with an item: the bytes (and an image's preview) into the content-addressed store and
 * the {@code AddAttachment} command, in one transaction, so a refused command leaves no bytes behind in PostgreSQL.
 * Access is the caller's to check ({@link ItemAccess}); the aggregate checks what each role may add.
 */
@Service
public class Attachments {

    /** One file as it came in: the name the sender gave it and its bytes. */
    public record Upload(String name, byte[] bytes) {}

    /** What was filed. */
    public record Added(AttachmentId attachmentId, ItemRef item, AttachmentPurpose purpose, StoredFile file) {}

    private final FileInspection inspection;
    private final BlobStore store;
    private final CommandGateway commands;
    private final QueryGateway queries;

    Attachments(FileInspection inspection, BlobStore store, CommandGateway commands, QueryGateway queries) {
        this.inspection = inspection;
        this.store = store;
        this.commands = commands;
        this.queries = queries;
    }

    /** Inspects every upload before any is stored, so a form with one bad photo stores none. */
    public List<InspectedFile> inspect(String field, List<Upload> uploads) {
        List<InspectedFile> files = new ArrayList<>();
        for (Upload upload : uploads) {
            try {
                files.add(inspection.inspect(field, upload.name(), upload.bytes()));
            } catch (FileRefused e) {
                throw e.about(upload.name());
            }
        }
        return files;
    }

    /** As {@link #inspect}, taking images only (the public form's photos). */
    public List<InspectedFile> inspectPhotos(String field, List<Upload> uploads) {
        List<InspectedFile> files = inspect(field, uploads);
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).mediaType().startsWith("image/")) {
                throw new FileRefused(
                                field,
                                FileRefused.Reason.TYPE_NOT_ALLOWED,
                                files.get(i).mediaType())
                        .about(uploads.get(i).name());
            }
        }
        return files;
    }

    public long maxFileBytes() {
        return inspection.maxFileBytes();
    }

    @Transactional
    public Added add(ItemRef item, AttachmentPurpose purpose, InspectedFile file, ActorRef by) {
        String digest = sha256(file.bytes());
        store.put(digest, file.bytes());
        String previewDigest = null;
        if (file.preview() != null) {
            previewDigest = sha256(file.preview());
            store.put(previewDigest, file.preview());
        }
        StoredFile stored =
                new StoredFile(file.fileName(), file.mediaType(), file.bytes().length, digest, previewDigest);
        AttachmentId id = AttachmentId.random();
        commands.sendAndWait(AddAttachment.to(item, id, purpose, stored, by));
        return new Added(id, item, purpose, stored);
    }

    @Transactional
    public List<Added> addAll(ItemRef item, AttachmentPurpose purpose, List<InspectedFile> files, ActorRef by) {
        return files.stream().map(f -> add(item, purpose, f, by)).toList();
    }

    public void publish(AttachmentView file, boolean published, ActorRef by) {
        AttachmentsId stream = AttachmentsId.of(itemOf(file));
        AttachmentId id = new AttachmentId(file.attachmentId());
        commands.sendAndWait(
                published ? new PublishAttachment(stream, id, by) : new UnpublishAttachment(stream, id, by));
    }

    public Optional<AttachmentView> find(String attachmentId) {
        if (!AttachmentId.isValid(attachmentId)) {
            return Optional.empty();
        }
        return queries.query(new FindAttachment(attachmentId), ResponseTypes.optionalInstanceOf(AttachmentView.class))
                .join();
    }

    public List<AttachmentView> list(ItemRef item, boolean publishedOnly) {
        return queries.query(
                        new ListAttachments(item.kind().name(), item.id(), publishedOnly),
                        ResponseTypes.multipleInstancesOf(AttachmentView.class))
                .join();
    }

    public Optional<byte[]> bytes(String digest) {
        return digest == null ? Optional.empty() : store.get(digest);
    }

    static ItemRef itemOf(AttachmentView file) {
        return new ItemRef(ItemKind.valueOf(file.itemKind()), file.itemId());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
