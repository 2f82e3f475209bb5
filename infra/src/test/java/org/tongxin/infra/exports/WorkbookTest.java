package org.tongxin.infra.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class WorkbookTest {

    @Test
    void aTextThatBeginsLikeAFormulaStaysText() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1");
        byte[] bytes;
        try (Workbook book = new Workbook()) {
            Workbook.Sheet sheet = book.sheet("表", "标题", "说明", List.of(), List.of(new Workbook.Column("内容", 20)));
            for (String h : hostile) {
                sheet.row(List.of(h));
            }
            sheet.row(List.of("普通文字"));
            bytes = book.bytes();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = read.getSheetAt(0);
            for (int i = 0; i < hostile.size(); i++) {
                Cell cell = sheet.getRow(3 + i).getCell(0);
                assertThat(cell.getCellType()).as(hostile.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed())
                        .as("quote-prefixed: " + hostile.get(i))
                        .isTrue();
            }
            Cell plain = sheet.getRow(3 + hostile.size()).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void theSheetHasItsTitleGroupsFrozenHeaderWidthsAndTotals() throws IOException {
        byte[] bytes;
        try (Workbook book = new Workbook()) {
            Workbook.Sheet sheet = book.sheet(
                    "统计",
                    "2026年度提案办理情况统计表",
                    "全部承办单位",
                    List.of(new Workbook.Group("承办单位", 1), new Workbook.Group("件数", 2)),
                    List.of(
                            new Workbook.Column("承办单位", 24),
                            new Workbook.Column("合计", 8),
                            new Workbook.Column("交办日期", 12)));
            sheet.row(List.of("交通运输局", 3, LocalDate.of(2026, 11, 29)));
            sheet.totals(List.of("合计", 3));
            bytes = book.bytes();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = read.getSheet("统计");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年度提案办理情况统计表");
            assertThat(texts(sheet.getRow(2))).containsExactly("承办单位", "件数", "件数");
            assertThat(texts(sheet.getRow(3))).containsExactly("承办单位", "合计", "交办日期");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(24 * 256);
            Row data = sheet.getRow(4);
            assertThat(data.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(data.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 29));
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(read.getFontAt(sheet.getRow(5).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
        }
    }

    @Test
    void theDownloadNamesItsChineseFileAsRfc5987Asks() {
        ResponseEntity<byte[]> response = Workbook.download(new byte[] {1}, "2026年度提案办理情况统计表.xlsx");
        assertThat(response.getHeaders().getContentType()).isEqualTo(Workbook.XLSX);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''2026%E5%B9%B4%E5%BA%A6");
    }

    @Test
    void aTextLongerThanACellHoldsIsCutAndALongFileNameStaysAFileName() throws IOException {
        // varied text, so reading the workbook back does not take it for a zip bomb
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(17);
        while (text.length() < 1_000_000) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        String huge = text.toString();
        byte[] bytes;
        try (Workbook book = new Workbook()) {
            Workbook.Sheet sheet = book.sheet("表", huge, huge, List.of(), List.of(new Workbook.Column("内容", 20)));
            sheet.row(List.of(huge));
            bytes = book.bytes();
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(read.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .hasSize(32_767);
        }
        ResponseEntity<byte[]> response = Workbook.download(new byte[] {1}, huge + "办理情况.xlsx");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .hasSizeLessThan(2_000)
                .endsWith(".xlsx");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
