package org.tongxin.infra.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongxin.projections.activity.ActivityKind;
import org.tongxin.projections.activity.MemberActivity;

/** The printed yearly record: it opens, and the member's name, the year and each item are text a reader can find. */
class RecordPdfTest {

    private final RecordPdf pdf = new RecordPdf(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc");

    private final RecordLabels labels = new RecordLabels(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theYearlyRecordPrintsTheMembersNameTheYearAndEveryItemInChinese() throws Exception {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<MemberActivity> activities = List.of(
                activity(ActivityKind.PROPOSAL_LEAD, "关于地铁站出口共享单车治理的提案", null, "FILED", null, LocalDate.of(2026, 3, 2)),
                activity(
                        ActivityKind.REPORT_ADOPTED, "学校周边早晚高峰交通拥堵的情况反映", "CITY", null, null, LocalDate.of(2026, 5, 8)),
                activity(ActivityKind.SPECIAL_SUPERVISOR, null, null, null, "education", LocalDate.of(2026, 1, 5)));
        MemberRecords records = new MemberRecords(
                null,
                List.of(),
                new RecordPoints(null, null, null),
                java.time.ZoneId.of("Asia/Shanghai"),
                java.time.Clock.systemUTC());
        YearlyRecord record = records.record("member", 2026, List.of(2026), activities);

        byte[] document = pdf.yearly(record, "王委员", labels, LocalDate.of(2026, 12, 1));

        assertThat(new String(document, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(document);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String all = text.toString().replaceAll("\\s", "");
        assertThat(all)
                .contains("王委员")
                .contains("2026年度履职档案")
                .contains("年度得分：" + record.score() + "分")
                .contains("关于地铁站出口共享单车治理的提案")
                .contains("领衔提案")
                .contains("已立案")
                .contains("市级")
                .contains("受聘特约监督员");
        assertThat(record.score()).isEqualTo(5 + 4 + 3);
        assertThat(new String(document, StandardCharsets.ISO_8859_1)).contains("NotoSerifCJKsc");
        assertThat(document.length).isLessThan(2_000_000);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static MemberActivity activity(
            ActivityKind kind, String title, String level, String outcome, String department, LocalDate on) {
        return new MemberActivity("member", kind, kind.name(), null, title, level, outcome, department, on, "/cases/x");
    }
}
