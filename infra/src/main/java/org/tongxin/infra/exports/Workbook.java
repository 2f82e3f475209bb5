package org.tongxin.infra.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An .xlsx workbook as the office keeps its tables: on each sheet a title row and a line saying what it holds, a
 * header row (optionally under a row of column groups) frozen in place, columns wide enough for Chinese text, then
 * the rows, and a totals row where the sheet has one. Written with POI's streaming SXSSF, which keeps only a window
 * of rows in memory and the rest in a temporary file, so a long list does not hold the whole sheet in the heap.
 *
 * <p>Every text cell is a string, never a formula; a text that begins like a formula ({@code = + - @}, a tab or a
 * carriage return) is also marked quote-prefixed, so a spreadsheet keeps it as text even when someone edits the cell
 * (CSV/formula injection, OWASP).
 */
final class Workbook implements AutoCloseable {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Rows kept in memory per sheet; older ones are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private static final String FORMULA_START = "=+-@\t\r";
    private static final int CELL_TEXT_MAX = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int FILENAME_MAX = 60;

    /** A column: its header, its width in characters, and whether it holds numbers (right-aligned, summed). */
    record Column(String header, int width) {}

    /** A header cell spanning {@code span} columns above the header row. */
    record Group(String header, int span) {}

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle totalText;
    private final CellStyle totalNumber;

    Workbook() {
        book.setCompressTempFiles(true);
        title = style(true, 16, HorizontalAlignment.CENTER, false);
        note = style(false, 10, HorizontalAlignment.LEFT, false);
        header = style(true, 11, HorizontalAlignment.CENTER, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = style(false, 11, HorizontalAlignment.LEFT, true);
        quoted = style(false, 11, HorizontalAlignment.LEFT, true);
        quoted.setQuotePrefixed(true);
        number = style(false, 11, HorizontalAlignment.RIGHT, true);
        date = style(false, 11, HorizontalAlignment.CENTER, true);
        date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        totalText = style(true, 11, HorizontalAlignment.CENTER, true);
        totalNumber = style(true, 11, HorizontalAlignment.RIGHT, true);
    }

    /** A sheet being written, row after row. */
    final class Sheet {
        private final SXSSFSheet sheet;
        private final int width;
        private int next;

        private Sheet(SXSSFSheet sheet, int width, int next) {
            this.sheet = sheet;
            this.width = width;
            this.next = next;
        }

        /** One line; each value a {@code String}, a {@code Number}, a {@code LocalDate} or null (an empty cell). */
        Sheet row(List<?> values) {
            write(values, false);
            return this;
        }

        /** The totals line: its first cell the word, the rest numbers, in bold. */
        Sheet totals(List<?> values) {
            write(values, true);
            return this;
        }

        private void write(List<?> values, boolean total) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < width; i++) {
                Object value = i < values.size() ? values.get(i) : null;
                Cell cell = row.createCell(i);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(total ? totalNumber : number);
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    String s = fit(value == null ? "" : value.toString());
                    cell.setCellValue(s);
                    cell.setCellStyle(total ? totalText : looksLikeFormula(s) ? quoted : text);
                }
            }
        }
    }

    /**
     * A new sheet named {@code name} with the title across its columns, the note under it, the column groups (none
     * when empty) and the header row, frozen below the header.
     */
    Sheet sheet(String name, String heading, String subtitle, List<Group> groups, List<Column> columns) {
        SXSSFSheet sheet = book.createSheet(name);
        int last = columns.size() - 1;
        int r = 0;
        Row titleRow = sheet.createRow(r++);
        titleRow.setHeightInPoints(30);
        cell(titleRow, 0, heading, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(last, 1)));
        Row noteRow = sheet.createRow(r++);
        cell(noteRow, 0, subtitle, note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, Math.max(last, 1)));
        if (!groups.isEmpty()) {
            Row groupRow = sheet.createRow(r);
            Row headerRow = sheet.createRow(r + 1);
            int c = 0;
            for (Group g : groups) {
                for (int i = 0; i < g.span(); i++) {
                    cell(groupRow, c + i, g.header(), header);
                }
                if (g.span() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + g.span() - 1));
                }
                c += g.span();
            }
            for (int i = 0; i < columns.size(); i++) {
                cell(headerRow, i, columns.get(i).header(), header);
            }
            // a column without a group of its own takes both header rows
            c = 0;
            for (Group g : groups) {
                if (g.span() == 1 && g.header().equals(columns.get(c).header())) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r + 1, c, c));
                }
                c += g.span();
            }
            r += 2;
        } else {
            Row headerRow = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                cell(headerRow, i, columns.get(i).header(), header);
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            // POI's unit is 1/256 of a character; a Chinese character takes about two
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, r);
        return new Sheet(sheet, columns.size(), r);
    }

    /** The workbook as bytes; its temporary files are removed. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        book.dispose();
    }

    /** The download: the workbook's type and a Chinese file name (RFC 6266 with RFC 5987's {@code filename*}). */
    static ResponseEntity<byte[]> download(byte[] body, String filename) {
        if (filename.length() > FILENAME_MAX) {
            filename = filename.substring(0, FILENAME_MAX - ".xlsx".length()) + ".xlsx";
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    /** A text as a cell holds it: a spreadsheet cell holds at most 32,767 characters, so a longer one is cut. */
    static String fit(String s) {
        return s == null || s.length() <= CELL_TEXT_MAX ? s : s.substring(0, CELL_TEXT_MAX);
    }

    static boolean looksLikeFormula(String s) {
        return !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(fit(value));
        cell.setCellStyle(style);
    }

    private CellStyle style(boolean bold, int size, HorizontalAlignment alignment, boolean bordered) {
        Font font = book.createFont();
        font.setFontName("宋体");
        font.setBold(bold);
        font.setFontHeightInPoints((short) size);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
