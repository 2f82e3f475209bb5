package org.tongxin.infra.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.infra.web.UiErrors;
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

    /** The simplified-Chinese face of the collection, by its PostScript name (NotoSerifCJKsc-Regular). */
    private static final String FACE = "NotoSerifCJKsc";

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    /** Characters a line may not begin with. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’…—%,.;:?!)]}·";
    /** Characters a line may not end with. */
    private static final String NO_LINE_END = "（《「『“‘([{";

    private final String regularFile;
    private final String boldFile;
    private final ZoneId zone;
    private BaseFont regular;
    private BaseFont bold;

    ReportPdf(
            @Value("${tongxin.pdf.font-regular:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc}")
                    String regularFile,
            @Value("${tongxin.pdf.font-bold:/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc}") String boldFile,
            ZoneId committeeZone) {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
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
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(CHINESE_LINE_BREAKS);
        Paragraph p = new Paragraph(chunk);
        p.setFont(font);
        p.setAlignment(alignment);
        p.setLeading(leading);
        return p;
    }

    private Font font(boolean heavy, float size) {
        return new Font(heavy ? bold() : regular(), size);
    }

    private interface Body {
        void write(Document document) throws DocumentException;
    }

    private byte[] render(Body body) {
        // the fonts first: a document closed with no page would hide why it has none
        regular();
        bold();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A4 with 3.7 cm top, 3.5 cm bottom, 2.8 cm left and 2.6 cm right, as official documents are set (GB/T 9704)
        Document document = new Document(PageSize.A4, 74, 74, 105, 99);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("社情民意");
            document.open();
            body.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot typeset the document", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private synchronized BaseFont regular() {
        if (regular == null) {
            regular = load(regularFile);
        }
        return regular;
    }

    private synchronized BaseFont bold() {
        if (bold == null) {
            bold = load(boldFile);
        }
        return bold;
    }

    /** The simplified-Chinese face of a font collection (or the file itself when it holds one font). */
    private static BaseFont load(String file) {
        try {
            if (!Files.isReadable(Path.of(file))) {
                throw new UiErrors.Unavailable(
                        "printFont",
                        "the CJK font " + file
                                + " is missing: install Debian's fonts-noto-cjk or set tongxin.pdf.font-*");
            }
            String name = file;
            if (file.toLowerCase().endsWith(".ttc")) {
                String[] faces = BaseFont.enumerateTTCNames(file);
                int index = 0;
                for (int i = 0; i < faces.length; i++) {
                    if (faces[i].startsWith(FACE)) {
                        index = i;
                        break;
                    }
                }
                name = file + "," + index;
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load the font " + file, e);
        }
    }

    /**
     * Where a Chinese line may break: after any character, except before a mark that may not begin a line or after
     * one that may not end it; inside a run of Latin letters or digits only at a space or hyphen.
     */
    static final SplitCharacter CHINESE_LINE_BREAKS = new SplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = cc[current];
            char next = current + 1 < end ? cc[current + 1] : 0;
            if (next != 0 && NO_LINE_START.indexOf(next) >= 0) {
                return false;
            }
            if (NO_LINE_END.indexOf(c) >= 0) {
                return false;
            }
            if (c == ' ' || c == '-' || c == '\u3000') {
                return true;
            }
            if (isLatin(c) && next != 0 && isLatin(next)) {
                return false;
            }
            return true;
        }

        private boolean isLatin(char c) {
            return c < 0x2E80 && Character.isLetterOrDigit(c);
        }
    };
}
