package org.tongxin.infra.attachments;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tongxin.projections.attachment.AttachmentView;

/**
 * How a stored file leaves the server. Every file as a download ({@code attachment}, the clean name in RFC 5987
 * form), with {@code nosniff} so the browser keeps the type read from the bytes, and a CSP that sandboxes anything
 * opened anyway. Previews are our own JPEGs and may be shown inline as images.
 */
final class Downloads {

    static final String SANDBOX = "default-src 'none'; sandbox";

    private Downloads() {}

    static ResponseEntity<byte[]> file(AttachmentView file, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }

    static ResponseEntity<byte[]> preview(byte[] jpeg) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preview.jpg\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(jpeg);
    }
}
