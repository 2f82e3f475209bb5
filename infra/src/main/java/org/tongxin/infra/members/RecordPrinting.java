package org.tongxin.infra.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.shared.UiFormat;

/** The yearly record as a PDF, for the page and the API alike. */
@Component
class RecordPrinting {

    /** Who reads the summaries: the office, leaders and oversight (as for anyone's record). */
    static final Set<Role> SUMMARY_READERS = Set.of(Role.STAFF, Role.LEADER, Role.SUPERVISOR, Role.ADMIN);

    private final MemberRecords records;
    private final RecordPdf pdf;
    private final RecordLabels labels;
    private final UiFormat format;
    private final Clock clock;

    RecordPrinting(MemberRecords records, RecordPdf pdf, RecordLabels labels, UiFormat format, Clock clock) {
        this.records = records;
        this.pdf = pdf;
        this.labels = labels;
        this.format = format;
        this.clock = clock;
    }

    ResponseEntity<byte[]> pdf(String member, int year) {
        YearlyRecord record = records.of(member, year);
        // a record is filed in Chinese, whatever language the reader's pages are in
        Locale reader = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        byte[] document;
        try {
            document = pdf.yearly(record, format.person(member), labels, LocalDate.now(clock));
        } finally {
            LocaleContextHolder.setLocale(reader);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("record-" + member + "-" + year + ".pdf")
                                .build()
                                .toString())
                .body(document);
    }
}
