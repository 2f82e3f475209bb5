package org.tongxin.infra.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.infra.shared.ChinesePrint;
import org.tongxin.projections.report.BulletinView;
import org.tongxin.projections.report.ReportView;

/**
 * The printable bulletin issue and report (PDF, A4), typeset as a Chinese internal bulletin: a red masthead with the
 * issue number, titles in bold Song (serif), body text in Song with a two-character first-line indent, justified,
 * and lines broken between characters but never before a closing mark or after an opening one (避头尾). The font is
 * Noto Serif CJK SC from Debian's {@code fonts-noto-cjk}, embedded as a subset, so the document prints the same
 * everywhere; its files are configurable ({@code tongxin.pdf.font-regular}, {@code tongxin.pdf.font-bold}).
 */
@Component
class ReportPdf {

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);

    private final ChinesePrint print;
    private final ZoneId zone;

    ReportPdf(
            @Value("${tongxin.pdf.font-regular:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc}")
                    String regularFile,
            @Value("${tongxin.pdf.font-bold:/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc}") String boldFile,
            ZoneId committeeZone) {
        this.print = new ChinesePrint(regularFile, boldFile);
        this.zone = committeeZone;
    }

    /** One issue: masthead, editor's note, contents, then each report in print order. */
    byte[] bulletin(BulletinView issue, List<ReportView> reports, Function<String, String> names) {
        return render(document -> {
            masthead(document, issue.label(), issue.publishedAt() != null ? issue.publishedAt() : issue.compiledAt());
            if (issue.editorNote() != null && !issue.editorNote().isBlank()) {
                document.add(paragraph("编者按：" + issue.editorNote(), font(false, 14), Element.ALIGN_JUSTIFIED, 28));
            }
            Paragraph contents = paragraph("本期目录", font(true, 15), Element.ALIGN_LEFT, 30);
            contents.setSpacingBefore(12);
            document.add(contents);
            int n = 1;
            for (ReportView r : reports) {
                document.add(paragraph(n++ + ". " + r.title(), font(false, 13), Element.ALIGN_LEFT, 24));
            }
            n = 1;
            for (ReportView r : reports) {
                report(document, n++ + ". " + r.title(), r, names);
            }
        });
    }

    /** One report on its own, with its adoption and issue where it has them. */
    byte[] report(ReportView report, Function<String, String> names) {
        return render(document -> {
            masthead(
                    document,
                    report.bulletinLabel() != null ? report.bulletinLabel() : "",
                    report.decidedAt() != null ? report.decidedAt() : report.draftedAt());
            report(document, report.title(), report, names);
        });
    }

    private void report(Document document, String title, ReportView r, Function<String, String> names)
            throws DocumentException {
        Paragraph heading = paragraph(title, font(true, 18), Element.ALIGN_CENTER, 30);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(6);
        document.add(heading);
        StringBuilder by = new StringBuilder(names.apply(r.author()));
        r.coAuthors().forEach(c -> by.append("　").append(names.apply(c)));
        document.add(paragraph(by.toString(), font(false, 13), Element.ALIGN_CENTER, 24));
        for (String line : r.content().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Paragraph body = paragraph(line.strip(), font(false, 14), Element.ALIGN_JUSTIFIED, 28);
            body.setFirstLineIndent(28);
            document.add(body);
        }
    }

    private void masthead(Document document, String issueLabel, java.time.Instant at) throws DocumentException {
        Paragraph title = paragraph("社情民意", font(true, 36), Element.ALIGN_CENTER, 48);
        title.getFont().setColor(RED);
        for (Object chunk : title.getChunks()) {
            ((Chunk) chunk).getFont().setColor(RED);
        }
        document.add(title);
        if (!issueLabel.isBlank()) {
            document.add(paragraph(issueLabel, font(false, 14), Element.ALIGN_CENTER, 24));
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        Paragraph line = paragraph(
                "政协委员会办公室编　　" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日",
                font(false, 12),
                Element.ALIGN_CENTER,
                22);
        document.add(line);
        LineSeparator rule = new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -4);
        document.add(new Chunk(rule));
        Paragraph gap = new Paragraph(" ");
        gap.setLeading(12);
        document.add(gap);
    }

    private Paragraph paragraph(String text, Font font, int alignment, float leading) {
        return print.paragraph(text, font, alignment, leading);
    }

    private Font font(boolean heavy, float size) {
        return print.font(heavy, size);
    }

    private byte[] render(ChinesePrint.Body body) {
        return print.render("社情民意", body);
    }

    /** The line breaks of every printed document, shared with the member record's. */
    static final SplitCharacter CHINESE_LINE_BREAKS = ChinesePrint.LINE_BREAKS;
}
