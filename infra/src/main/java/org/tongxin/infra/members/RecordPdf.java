package org.tongxin.infra.members;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.infra.shared.ChinesePrint;

/**
 * The printable yearly record (PDF, A4), set like the bulletin: the member's name and the year as the title in bold
 * Song, the year's score, a table of the headings with their counts and points, then every heading's items with the
 * day, what the member did, the item's title, what came of it and its points.
 */
@Component
class RecordPdf {

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color RULE = new Color(0xD0, 0xD4, 0xDA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ChinesePrint print;

    RecordPdf(
            @Value("${tongxin.pdf.font-regular:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc}")
                    String regularFile,
            @Value("${tongxin.pdf.font-bold:/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc}") String boldFile) {
        this.print = new ChinesePrint(regularFile, boldFile);
    }

    /**
     * @param name the member's name as people know it
     * @param labels the activities in words (the reader's language is the page's, Chinese by default)
     * @param printedOn the day the document is made, in the committee's zone
     */
    byte[] yearly(YearlyRecord record, String name, RecordLabels labels, LocalDate printedOn) {
        return print.render(name + " " + record.year() + "年度履职档案", document -> {
            Paragraph title = print.paragraph(
                    name + "　" + record.year() + "年度履职档案", print.font(true, 22), Element.ALIGN_CENTER, 36);
            for (Object chunk : title.getChunks()) {
                ((Chunk) chunk).getFont().setColor(RED);
            }
            document.add(title);
            document.add(print.paragraph(
                    "年度得分：" + record.score() + " 分　　打印日期：" + DAY.format(printedOn),
                    print.font(false, 12),
                    Element.ALIGN_CENTER,
                    22));
            document.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -4)));
            summary(document, record, labels);
            for (YearlyRecord.Category c : record.categories()) {
                if (c.count() == 0) {
                    continue;
                }
                Paragraph heading = print.paragraph(
                        labels.category(c.category()) + "（" + c.count() + " 项，" + c.points() + " 分）",
                        print.font(true, 15),
                        Element.ALIGN_LEFT,
                        26);
                heading.setSpacingBefore(14);
                document.add(heading);
                for (YearlyRecord.Item i : c.items()) {
                    String detail = labels.detail(i.activity());
                    Paragraph line = print.paragraph(
                            DAY.format(i.activity().on()) + "　"
                                    + labels.kind(i.activity().kind()) + "：" + named(i, labels)
                                    + (detail.isEmpty() ? "" : "（" + detail + "）") + "　" + i.points() + " 分",
                            print.font(false, 12),
                            Element.ALIGN_JUSTIFIED,
                            22);
                    line.setIndentationLeft(24);
                    line.setFirstLineIndent(-24);
                    document.add(line);
                }
            }
            if (record.score() == 0) {
                document.add(
                        print.paragraph(record.year() + "年暂无履职记录。", print.font(false, 13), Element.ALIGN_LEFT, 24));
            }
        });
    }

    /** A document's title in book-title marks; a department (a special supervisor's) by its name alone. */
    private static String named(YearlyRecord.Item i, RecordLabels labels) {
        String title = labels.title(i.activity());
        return i.activity().title() == null ? title : "《" + title + "》";
    }

    private void summary(Document document, YearlyRecord record, RecordLabels labels) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {3, 1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        cell(table, "项目", true, Element.ALIGN_LEFT);
        cell(table, "数量", true, Element.ALIGN_RIGHT);
        cell(table, "得分", true, Element.ALIGN_RIGHT);
        for (YearlyRecord.Category c : record.categories()) {
            cell(table, labels.category(c.category()), false, Element.ALIGN_LEFT);
            cell(table, String.valueOf(c.count()), false, Element.ALIGN_RIGHT);
            cell(table, String.valueOf(c.points()), false, Element.ALIGN_RIGHT);
        }
        cell(table, "合计", true, Element.ALIGN_LEFT);
        cell(
                table,
                String.valueOf(record.categories().stream()
                        .mapToInt(YearlyRecord.Category::count)
                        .sum()),
                true,
                Element.ALIGN_RIGHT);
        cell(table, String.valueOf(record.score()), true, Element.ALIGN_RIGHT);
        document.add(table);
    }

    private void cell(PdfPTable table, String text, boolean heavy, int alignment) {
        PdfPCell cell = new PdfPCell(print.paragraph(text, print.font(heavy, 11), alignment, 16));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setPaddingBottom(5);
        table.addCell(cell);
    }
}
