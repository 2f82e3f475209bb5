package org.tongxin.infra.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The demo's files, drawn here rather than shipped: a citizen's photo of bicycles on a pavement and a department's
 * reply letter with its red seal. The letter is set in Noto Serif CJK where the server has it, else in Latin type.
 */
final class DemoFiles {

    private static final String CJK = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
    /** The simplified-Chinese face of the Noto CJK collection. */
    private static final int SC_FACE = 2;

    private DemoFiles() {}

    static byte[] pavementPhoto() {
        int w = 960;
        int h = 720;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x9C, 0xC3, 0xE6));
        g.fillRect(0, 0, w, h / 3);
        g.setColor(new Color(0xB8, 0xB2, 0xA7));
        g.fillRect(0, h / 3, w, h);
        g.setColor(new Color(0xD9, 0xD4, 0xCB));
        for (int x = 0; x < w; x += 80) {
            g.drawLine(x, h / 3, x - 200, h);
        }
        Color[] frames = {new Color(0xF2, 0xA9, 0x00), new Color(0x2D, 0x9C, 0xDB), new Color(0xF2, 0xA9, 0x00)};
        g.setStroke(new BasicStroke(6));
        for (int i = 0; i < 9; i++) {
            int x = 60 + i * 95;
            int y = 380 + (i % 3) * 60;
            g.setColor(Color.DARK_GRAY);
            g.drawOval(x, y + 50, 70, 70);
            g.drawOval(x + 110, y + 50, 70, 70);
            g.setColor(frames[i % 3]);
            g.drawLine(x + 35, y + 85, x + 90, y + 30);
            g.drawLine(x + 90, y + 30, x + 145, y + 85);
            g.drawLine(x + 35, y + 85, x + 100, y + 85);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] replyLetter(String department, String proposalTitle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            boolean chinese = Files.isReadable(Path.of(CJK));
            BaseFont face = chinese
                    ? BaseFont.createFont(CJK + "," + SC_FACE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                    : BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            document.open();
            Paragraph title = new Paragraph(
                    chinese ? department + "关于《" + proposalTitle + "》的答复函" : "Reply letter of the " + department,
                    new Font(face, 18));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            document.add(new Paragraph(
                    chinese
                            ? "委员：您提出的提案收悉。我局会同教育部门在校门口设置临时接送车位，并在放学时段安排护学岗，" + "相关措施已于本学期实施。感谢您对交通工作的关心和支持。"
                            : "Dear member, we have received your proposal and set up drop-off bays at the school gate.",
                    new Font(face, 14)));
            document.add(new Paragraph(chinese ? department + "（盖章）" : department + " (seal)", new Font(face, 14)));
            PdfContentByte canvas = writer.getDirectContent();
            canvas.setColorStroke(new java.awt.Color(0xC8, 0x10, 0x2E));
            canvas.setLineWidth(3);
            canvas.circle(420, 560, 56);
            canvas.stroke();
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the demo reply letter could not be drawn", e);
        }
        return out.toByteArray();
    }
}
