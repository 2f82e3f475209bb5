package org.tongxin.infra.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.report.BulletinView;
import org.tongxin.projections.report.ReportView;

/** The printable bulletin: Chinese text that is really there (extractable, so searchable) in an embedded font. */
class ReportPdfTest {

    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
    private static final String TITLE = "关于学校周边早晚高峰交通拥堵的情况反映";

    private final ReportPdf pdf = new ReportPdf(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
            ZoneId.of("Asia/Shanghai"));

    @Test
    void anIssuePrintsItsMastheadNoteAndReportsInChinese() throws Exception {
        ReportView report = new ReportView(
                "r-1",
                TITLE,
                "龙城小学门口早晚高峰接送车辆占道，学生过马路危险。".repeat(20) + "\n建议设置即停即走区、增派交警疏导。",
                "member",
                List.of("member2"),
                "教育界",
                List.of(),
                "ADOPTED",
                List.of(),
                List.of(),
                "CITY",
                null,
                null,
                null,
                null,
                "2026-12",
                "2026年第12期",
                List.of(),
                List.of(),
                AT,
                AT,
                AT,
                5);
        BulletinView issue = new BulletinView(
                "2026-12", 2026, 12, "2026年第12期", "本期关注学校周边交通安全。", List.of("r-1"), List.of(), AT, AT, 3);

        byte[] document = pdf.bulletin(issue, List.of(report), id -> id.equals("member") ? "王委员" : "李委员");

        assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(document);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        assertThat(text).contains("社情民意").contains("2026年第12期").contains("编者按").contains("王委员");
        // the simplified-Chinese face (the collection's first is the Japanese one, with other glyph forms)
        assertThat(new String(document, StandardCharsets.ISO_8859_1))
                .contains("NotoSerifCJKsc")
                .doesNotContain("NotoSerifCJKjp");
        // a subset, not the whole 26 MB collection
        assertThat(document.length).isLessThan(2_000_000);
    }

    @Test
    void aLineNeverStartsWithAClosingMarkNorEndsWithAnOpeningOne() {
        char[] text = "交通（拥堵），请疏导。".toCharArray();
        // no break between 堵 and ）, nor between ） and ，
        assertThat(ReportPdf.CHINESE_LINE_BREAKS.isSplitCharacter(0, 4, text.length, text, null))
                .isFalse();
        assertThat(ReportPdf.CHINESE_LINE_BREAKS.isSplitCharacter(0, 5, text.length, text, null))
                .isFalse();
        // no break after （
        assertThat(ReportPdf.CHINESE_LINE_BREAKS.isSplitCharacter(0, 2, text.length, text, null))
                .isFalse();
        // a break between two ideographs, and after the comma
        assertThat(ReportPdf.CHINESE_LINE_BREAKS.isSplitCharacter(0, 0, text.length, text, null))
                .isTrue();
        assertThat(ReportPdf.CHINESE_LINE_BREAKS.isSplitCharacter(0, 6, text.length, text, null))
                .isTrue();
    }

    @Test
    void withoutItsFontAnIssueIsUnavailableWithAReasonNotAnError() {
        ReportPdf fontless = new ReportPdf("/no/such/font.ttc", "/no/such/font-bold.ttc", ZoneId.of("Asia/Shanghai"));
        BulletinView issue = new BulletinView("2026-12", 2026, 12, "2026年第12期", null, List.of(), List.of(), AT, AT, 0);

        assertThatThrownBy(() -> fontless.bulletin(issue, List.of(), id -> id))
                .isInstanceOf(UiErrors.Unavailable.class)
                .hasMessageContaining("/no/such/font");
    }
}
