package org.tongxin.infra.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * The office's downloads read back with POI: the yearly 提案办理情况统计表 counts a case where the office expects it
 * and sums its columns, every list keeps its page's filters and its reader's scope, and the submitter's name and
 * phone are in a workbook only for the office asking for them, logged, and 已删除 once erased.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExportsIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DataFormatter FORMAT = new DataFormatter();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionOperations operations;

    @Autowired
    PersonalDataReads reads;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void theYearlyTableCountsACaseUnderItsDepartmentsAndSumsItsColumns() throws IOException {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        caughtUp();
        ResponseEntity<byte[]> before = download("staff", "/api/stats.xlsx");
        new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();
        ResponseEntity<byte[]> after = download("staff", "/api/stats.xlsx");

        assertThat(after.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType(XLSX));
        String disposition = after.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(year + "年度提案办理情况统计表.xlsx");

        try (XSSFWorkbook was = read(before);
                XSSFWorkbook is = read(after)) {
            Sheet table = is.getSheetAt(0);
            assertThat(text(table.getRow(0).getCell(0))).isEqualTo(year + "年度提案办理情况统计表");
            assertThat(texts(table.getRow(2)))
                    .startsWith("序号", "承办单位", "件数", "件数", "件数", "办理进度（主办、分办件）")
                    .contains("办理结果（主办、分办件）", "委员评价（办理工作）");
            assertThat(texts(table.getRow(3)))
                    .containsExactly(
                            "序号",
                            "承办单位",
                            "合计",
                            "主办、分办",
                            "协办",
                            "已办复",
                            "办理中",
                            "逾期",
                            "A类 解决或基本解决",
                            "B类 正在解决或列入计划",
                            "C类 因条件限制暂不能解决",
                            "D类 留作参考",
                            "满意",
                            "基本满意",
                            "不满意");
            assertThat(table.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);

            Map<String, double[]> then = lines(was.getSheetAt(0));
            Map<String, double[]> now = lines(table);
            double[] transport = minus(now.get("交通运输局"), then.getOrDefault("交通运输局", new double[13]));
            // one more handling, led, replied in time with an A, its work evaluated 满意
            assertThat(transport).containsExactly(1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0);
            double[] education = minus(now.get("教育局"), then.getOrDefault("教育局", new double[13]));
            // one more co-handling: counted, but replies and evaluations are the lead's
            assertThat(education).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

            double[] sum = new double[13];
            now.values().forEach(l -> {
                for (int i = 0; i < 13; i++) {
                    sum[i] += l[i];
                }
            });
            Row totals = table.getRow(table.getLastRowNum());
            assertThat(text(totals.getCell(0))).isEqualTo("合计");
            double[] totalLine = new double[13];
            for (int i = 0; i < 13; i++) {
                totalLine[i] = totals.getCell(2 + i).getNumericCellValue();
            }
            assertThat(totalLine).containsExactly(sum);

            Sheet period = is.getSheet("期间统计");
            assertThat(texts(period.getRow(2))).startsWith("承办单位", "按时率排名", "交办", "答复", "按时答复");
            assertThat(column(period, 0)).contains("交通运输局", "合计");
        }
    }

    @Test
    void aDepartmentOfficerDownloadsTheirOwnDepartmentsLinesOnly() throws IOException {
        new CaseScenario(commands).untilReceived();
        caughtUp();
        try (XSSFWorkbook book = read(download("dept-education", "/api/stats.xlsx"))) {
            List<String> departments = column(book.getSheetAt(0), 1);
            assertThat(departments).contains("教育局").doesNotContain("交通运输局");
        }
        try (XSSFWorkbook book = read(download("dept-transport", "/api/handlings.xlsx?includeEnded=true"))) {
            assertThat(column(book.getSheetAt(0), 3)).isNotEmpty().containsOnly("交通运输局");
        }
        assertThat(rest.withBasicAuth("dept-education", "demo")
                        .getForEntity("/api/stats.xlsx?department=transport", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity("/api/stats.xlsx?from=2026-05-01&to=2026-04-01", String.class)
                        .getBody())
                .contains("\"to\"");
    }

    @Test
    void theBoardAndTheProposalsKeepTheirFilters() throws IOException {
        CaseScenario open = new CaseScenario(commands).untilReceived();
        CaseScenario closed = new CaseScenario(commands).untilReceived().untilClosed();
        caughtUp();
        try (XSSFWorkbook running = read(download("staff", "/api/handlings.xlsx?department=transport"));
                XSSFWorkbook all =
                        read(download("staff", "/api/handlings.xlsx?department=transport&includeEnded=true"))) {
            Sheet sheet = running.getSheetAt(0);
            assertThat(texts(sheet.getRow(2))).startsWith("编号", "标题", "事项类别", "承办单位", "承办方式", "状态", "交办日期", "办理期限");
            assertThat(column(sheet, 1))
                    .anyMatch(t -> t.endsWith(open.suffix))
                    .noneMatch(t -> t.endsWith(closed.suffix));
            assertThat(column(sheet, 5)).doesNotContain("已办结");
            Row ended = rowWith(all.getSheetAt(0), 1, closed.suffix);
            assertThat(text(ended.getCell(4))).isEqualTo("主办");
            assertThat(text(ended.getCell(5))).isEqualTo("已办结");
            assertThat(text(ended.getCell(11))).isEqualTo("A类（已解决或基本解决）");
            assertThat(text(ended.getCell(12))).isEqualTo("满意");
        }
        try (XSSFWorkbook book = read(download("staff", "/api/proposals.xlsx?q=" + closed.suffix))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(column(sheet, 1)).containsExactly("关于地铁站出口共享单车治理的提案" + closed.suffix);
            Row row = sheet.getRow(3);
            assertThat(text(row.getCell(0))).startsWith("第1999-").endsWith("号");
            assertThat(text(row.getCell(5))).isEqualTo("已办结");
            assertThat(text(row.getCell(11))).isEqualTo("交通运输局");
            assertThat(text(row.getCell(12))).isEqualTo("教育局");
        }
    }

    @Test
    void theOfficeDownloadsTheProposalsFromItsProposalsPageUnderTheFormsFilters() throws Exception {
        CaseScenario assigned = new CaseScenario(commands).untilReceived();
        caughtUp();
        String page = mvc.perform(get("/proposals").with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("action=\"/proposals.xlsx\"")
                .contains("name=\"status\"")
                .contains("name=\"q\"")
                .contains("name=\"keyProposal\"")
                .contains("导出提案一览");
        assertThat(mvc.perform(get("/proposals").with(user(accounts.loadUserByUsername("member"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("a member's own proposals page has no office download")
                .doesNotContain("/proposals.xlsx");

        // the form as the office sends it: every field present, the empty ones empty
        MockHttpServletResponse all = mvc.perform(get("/proposals.xlsx")
                        .param("status", "")
                        .param("q", assigned.suffix)
                        .with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse();
        assertThat(all.getStatus()).isEqualTo(200);
        assertThat(all.getContentType()).startsWith(XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(all.getContentAsByteArray()))) {
            assertThat(column(book.getSheetAt(0), 1)).containsExactly("关于地铁站出口共享单车治理的提案" + assigned.suffix);
        }
        MockHttpServletResponse closedOnly = mvc.perform(get("/proposals.xlsx")
                        .param("status", "CLOSED")
                        .param("q", assigned.suffix)
                        .param("keyProposal", "true")
                        .with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(closedOnly.getContentAsByteArray()))) {
            assertThat(column(book.getSheetAt(0), 1))
                    .as("the status filter holds")
                    .isEmpty();
        }
    }

    @Test
    void submittersAreInTheClueWorkbookOnlyForTheOfficeAskingAndTheReadIsLogged() throws IOException {
        CaseScenario c = new CaseScenario(commands).untilReceived();
        CaseScenario erased = new CaseScenario(commands).untilReceived();
        caughtUp();
        ResponseEntity<Void> erasure = rest.withBasicAuth("staff", "demo")
                .postForEntity(
                        "/api/clues/" + erased.clueId + "/erasure",
                        new HttpEntity<>(Map.of("reason", "本人申请删除"), json()),
                        Void.class);
        assertThat(erasure.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        caughtUp();

        try (XSSFWorkbook plain = read(download("staff", "/api/clues.xlsx?q=地铁站出口"))) {
            Sheet sheet = plain.getSheetAt(0);
            assertThat(texts(sheet.getRow(2))).doesNotContain("提交人", "联系电话");
            assertThat(rowWith(sheet, 0, c.trackingCode)).isNotNull();
            assertThat(everyText(sheet)).noneMatch(t -> t.contains(CaseScenario.PHONE) || t.contains("138****"));
        }
        assertThat(reads.latest(c.clueId, 10)).isEmpty();

        try (XSSFWorkbook personal = read(download("staff", "/api/clues.xlsx?q=地铁站出口&personal=true"))) {
            Sheet sheet = personal.getSheetAt(0);
            List<String> headers = texts(sheet.getRow(2));
            assertThat(headers).endsWith("提交人", "联系电话");
            Row row = rowWith(sheet, 0, c.trackingCode);
            assertThat(text(row.getCell(headers.size() - 2))).isEqualTo(CaseScenario.NAME);
            assertThat(text(row.getCell(headers.size() - 1))).isEqualTo(CaseScenario.PHONE);
            Row gone = rowWith(sheet, 0, erased.trackingCode);
            assertThat(text(gone.getCell(headers.size() - 2))).isEqualTo("已删除");
            assertThat(text(gone.getCell(headers.size() - 1))).isEqualTo("已删除");
        }
        assertThat(reads.latest(c.clueId, 10))
                .anyMatch(r -> r.purpose() == PersonalDataReads.Purpose.CLUE_EXPORT
                        && r.reader().equals("staff"));
        assertThat(reads.latest(erased.clueId, 10))
                .noneMatch(r -> r.purpose() == PersonalDataReads.Purpose.CLUE_EXPORT);

        assertThat(rest.withBasicAuth("member", "demo")
                        .getForEntity("/api/clues.xlsx?personal=true", byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        try (XSSFWorkbook converted = read(download("staff", "/api/clues.xlsx?status=CONVERTED&q=地铁站出口"));
                XSSFWorkbook closed = read(download("staff", "/api/clues.xlsx?status=CLOSED&q=地铁站出口"))) {
            assertThat(column(converted.getSheetAt(0), 10)).containsOnly("已形成提案");
            assertThat(column(converted.getSheetAt(0), 0)).contains(c.trackingCode);
            assertThat(column(closed.getSheetAt(0), 0)).doesNotContain(c.trackingCode);
        }
    }

    @Test
    void theLettersArePrefilledFromTheCaseForTheOfficeAndItsDepartments() throws IOException {
        CaseScenario c = new CaseScenario(commands).untilReceived();
        caughtUp();
        String notice = "/api/proposals/" + c.proposalId + "/assignment-notice.pdf";
        ResponseEntity<byte[]> response = rest.withBasicAuth("staff", "demo").getForEntity(notice, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text = pdfText(response.getBody());
        String today = chinese(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(text)
                .contains("政协提案交办通知")
                .contains("交通运输局（主办）、教育局（协办）：")
                .contains("《关于地铁站出口共享单车治理的提案" + c.suffix + "》")
                .contains("交办日期" + today)
                .containsPattern("于\\d{4}年\\d{1,2}月\\d{1,2}日前书面答复提案人");
        assertThat(rest.withBasicAuth("dept-education", "demo")
                        .getForEntity(notice, byte[].class)
                        .getStatusCode())
                .as("a co-handling department gets the notice too")
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("member", "demo")
                        .getForEntity(notice, byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String letter = "/api/handlings/reply-letter.pdf?id={id}";
        String blank = pdfText(rest.withBasicAuth("dept-transport", "demo")
                .getForEntity(letter, byte[].class, c.lead)
                .getBody());
        assertThat(blank)
                .contains("交通运输局")
                .contains("该提案由我单位主办，教育局协办")
                .contains("（请填写已经和正在采取的措施）")
                .contains("交办日期：" + today);
        assertThat(rest.withBasicAuth("dept-education", "demo")
                        .getForEntity(letter, byte[].class, c.lead)
                        .getStatusCode())
                .as("another department's handling does not exist for an officer")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("staff", "demo")
                        .getForEntity(letter, byte[].class, c.co)
                        .getStatusCode())
                .as("a co-handler sends an opinion, not a reply letter")
                .isEqualTo(HttpStatus.NOT_FOUND);

        c.untilClosed();
        caughtUp();
        String replied = pdfText(rest.withBasicAuth("staff", "demo")
                .getForEntity(letter, byte[].class, c.lead)
                .getBody());
        assertThat(replied).contains(CaseScenario.REPLY).contains("■A类（已解决或基本解决）");
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String pdfText(byte[] pdf) throws IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString().replaceAll("[\\s\\u3000]", "");
    }

    private ResponseEntity<byte[]> download(String user, String path) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response;
    }

    private static XSSFWorkbook read(ResponseEntity<byte[]> response) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Objects.requireNonNull(response.getBody())));
    }

    /** The table's department lines (not the totals) by department name: their thirteen counts. */
    private static Map<String, double[]> lines(Sheet table) {
        Map<String, double[]> lines = new java.util.LinkedHashMap<>();
        for (int r = 4; r < table.getLastRowNum(); r++) {
            Row row = table.getRow(r);
            double[] counts = new double[13];
            for (int i = 0; i < 13; i++) {
                counts[i] = row.getCell(2 + i).getNumericCellValue();
            }
            lines.put(text(row.getCell(1)), counts);
        }
        return lines;
    }

    private static double[] minus(double[] a, double[] b) {
        assertThat(a).isNotNull();
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    /** The texts of a column below the header row. */
    private static List<String> column(Sheet sheet, int c) {
        List<String> values = new ArrayList<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            values.add(text(sheet.getRow(r).getCell(c)));
        }
        return values;
    }

    private static Row rowWith(Sheet sheet, int c, String part) {
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            if (text(sheet.getRow(r).getCell(c)).contains(part)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row with " + part + " in column " + c);
    }

    private static List<String> everyText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(text(cell))));
        return texts;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(text(cell)));
        return texts;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : FORMAT.formatCellValue(cell);
    }

    private static HttpHeaders json() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private void caughtUp() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> operations.statuses().stream().allMatch(s -> s.caughtUp()));
    }
}
