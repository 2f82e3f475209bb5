package org.tongxin.infra.reports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A typeset document as the browser opens it: a PDF shown in place, with a file name for saving. */
final class Printable {

    private Printable() {}

    static ResponseEntity<byte[]> pdf(byte[] document, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(document);
    }
}
