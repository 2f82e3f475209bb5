package org.tongxin.infra.integrity;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.infra.shared.ChinesePrint;

/**
 * The printable receipt (回执, PDF, A4) of a submission: its title in red bold Song, a table of what identifies it
 * (tracking code or proposal, title, when it was recorded, its position in the chain, the digest sealed for it) and
 * where to check it later. Filed in Chinese, whatever language the reader's pages are in.
 */
@Component
class ReceiptPdf {

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color RULE = new Color(0xD0, 0xD4, 0xDA);

    private final ChinesePrint print;

    ReceiptPdf(
            @Value("${tongxin.pdf.font-regular:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc}")
                    String regularFile,
            @Value("${tongxin.pdf.font-bold:/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc}") String boldFile) {
        this.print = new ChinesePrint(regularFile, boldFile);
    }

    /** One line of the receipt's table. */
    record Line(String label, String value, boolean mono) {}

    byte[] render(String heading, List<Line> lines, String checkHint) {
        return print.render(heading, document -> {
            Paragraph title = print.paragraph(heading, print.font(true, 22), Element.ALIGN_CENTER, 36);
            for (Object chunk : title.getChunks()) {
                ((Chunk) chunk).getFont().setColor(RED);
            }
            document.add(title);
            document.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -4)));
            PdfPTable table = new PdfPTable(new float[] {1.1f, 3.4f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(18);
            for (Line line : lines) {
                table.addCell(cell(line.label(), true));
                table.addCell(cell(line.value(), false));
            }
            document.add(table);
            Paragraph hint = print.paragraph(checkHint, print.font(false, 11), Element.ALIGN_JUSTIFIED, 20);
            hint.setSpacingBefore(16);
            document.add(hint);
        });
    }

    private PdfPCell cell(String text, boolean heading) {
        PdfPCell cell = new PdfPCell(print.paragraph(text, print.font(heading, 12), Element.ALIGN_LEFT, 20));
        cell.setBorderColor(RULE);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(8);
        cell.setPaddingLeft(6);
        return cell;
    }
}
