package org.tongxin.infra.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongxin.infra.web.UiErrors;

/**
 * Chinese typesetting for the printable documents (OpenPDF, A4 set as official documents are, GB/T 9704): Noto Serif
 * CJK SC from Debian's {@code fonts-noto-cjk}, embedded as a subset so the document prints the same everywhere, and
 * lines broken between characters but never before a closing mark or after an opening one (避头尾). A font file is
 * read once per process, whichever document asks for it first.
 */
public final class ChinesePrint {

    /** The simplified-Chinese face of the collection, by its PostScript name (NotoSerifCJKsc-Regular). */
    private static final String FACE = "NotoSerifCJKsc";
    /** Characters a line may not begin with. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’…—%,.;:?!)]}·";
    /** Characters a line may not end with. */
    private static final String NO_LINE_END = "（《「『“‘([{";

    private static final Map<String, BaseFont> FONTS = new ConcurrentHashMap<>();

    private final String regularFile;
    private final String boldFile;

    public ChinesePrint(String regularFile, String boldFile) {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
    }

    /** What a document writes on its pages. */
    public interface Body {
        void write(Document document) throws DocumentException;
    }

    public Font font(boolean heavy, float size) {
        return new Font(heavy ? load(boldFile) : load(regularFile), size);
    }

    public Paragraph paragraph(String text, Font font, int alignment, float leading) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(LINE_BREAKS);
        Paragraph p = new Paragraph(chunk);
        p.setFont(font);
        p.setAlignment(alignment);
        p.setLeading(leading);
        return p;
    }

    /** An A4 document titled {@code title}, its pages written by {@code body}. */
    public byte[] render(String title, Body body) {
        // the fonts first: a document closed with no page would hide why it has none
        load(regularFile);
        load(boldFile);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A4 with 3.7 cm top, 3.5 cm bottom, 2.8 cm left and 2.6 cm right, as official documents are set (GB/T 9704)
        Document document = new Document(PageSize.A4, 74, 74, 105, 99);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            body.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot typeset the document", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The simplified-Chinese face of a font collection (or the file itself when it holds one font). */
    private static BaseFont load(String file) {
        BaseFont loaded = FONTS.get(file);
        if (loaded != null) {
            return loaded;
        }
        if (!Files.isReadable(Path.of(file))) {
            throw new UiErrors.Unavailable(
                    "printFont",
                    "the CJK font " + file + " is missing: install Debian's fonts-noto-cjk or set tongxin.pdf.font-*");
        }
        return FONTS.computeIfAbsent(file, ChinesePrint::read);
    }

    private static BaseFont read(String file) {
        try {
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
    public static final SplitCharacter LINE_BREAKS = new SplitCharacter() {
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
