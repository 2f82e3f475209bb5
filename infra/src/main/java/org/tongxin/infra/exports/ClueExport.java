package org.tongxin.infra.exports;

import io.swagger.v3.oas.annotations.Operation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.directory.Workstations;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.clue.ClueFilter;
import org.tongxin.projections.clue.CluePage;
import org.tongxin.projections.clue.ClueSort;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.ListClues;

/**
 * The clue pool as a workbook, under the pool's filters and its reader's scope (a department officer: the clues
 * behind proposals assigned to them). The submitter's name and phone are in it only when the reader is the proposal
 * office AND asks for them ({@code personal=true}); each such download is logged as a read of those clues' personal
 * data, and an erased submitter reads 已删除.
 */
@RestController
class ClueExport {

    /** More rows than any office list holds; past it the sheet says it was cut. */
    static final int MAX_ROWS = 50_000;

    private static final int PAGE = Paging.MAX_SIZE;

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final PersonalDataReads reads;
    private final Labels labels;
    private final UiFormat format;
    private final Workstations workstations;

    ClueExport(
            QueryGateway queries,
            CurrentUser currentUser,
            PersonalDataReads reads,
            Labels labels,
            UiFormat format,
            Workstations workstations) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.reads = reads;
        this.labels = labels;
        this.format = format;
        this.workstations = workstations;
    }

    @GetMapping(value = {"/clues.xlsx", "/api/clues.xlsx"})
    @Operation(
            summary = "The clue pool as .xlsx under the list's filters; personal=true adds the submitters' name and"
                    + " phone for the proposal office only (logged as a personal-data read)")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String workstation,
            @RequestParam(required = false) String member,
            @RequestParam(required = false) OffsetDateTime from,
            @RequestParam(required = false) OffsetDateTime to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "NEWEST") ClueSort sort,
            @RequestParam(defaultValue = "false") boolean personal) {
        TongxinUser me = currentUser.get();
        if (personal && me.role() != Role.STAFF) {
            throw Access.forbidden("submitters' personal data is for the proposal office only");
        }
        ClueFilter filter = new ClueFilter(
                blank(status),
                blank(category),
                blank(source),
                blank(district),
                blank(street),
                blank(sector),
                blank(workstation),
                blank(member),
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(),
                blank(q));
        List<Workbook.Column> columns = new ArrayList<>(List.of(
                new Workbook.Column("查询码", 14),
                new Workbook.Column("标题", 36),
                new Workbook.Column("内容摘要", 50),
                new Workbook.Column("来源", 12),
                new Workbook.Column("区县", 10),
                new Workbook.Column("街道", 12),
                new Workbook.Column("界别", 12),
                new Workbook.Column("工作站", 18),
                new Workbook.Column("委员", 10),
                new Workbook.Column("类别", 12),
                new Workbook.Column("状态", 14),
                new Workbook.Column("登记日期", 12),
                new Workbook.Column("分类日期", 12),
                new Workbook.Column("办结日期", 12),
                new Workbook.Column("反馈次数", 10)));
        if (personal) {
            columns.add(new Workbook.Column("提交人", 10));
            columns.add(new Workbook.Column("联系电话", 14));
        }
        String scope = Access.scope(me);
        try (Workbook book = new Workbook()) {
            CluePage head = page(filter, sort, 0, scope);
            long total = head.total();
            Workbook.Sheet sheet = book.sheet(
                    "线索库",
                    "线索库",
                    "共 " + total + " 条" + (total > MAX_ROWS ? "，本表列出前 " + MAX_ROWS + " 条" : "") + "　　导出日期："
                            + Labels.chinese(labels.today()) + (personal ? "　　含提交人个人信息，请妥善保管，勿外传" : ""),
                    List.of(),
                    columns);
            List<String> shown = new ArrayList<>();
            int written = 0;
            List<ClueSummary> items = head.items();
            for (int p = 0; !items.isEmpty() && written < MAX_ROWS; ) {
                for (ClueSummary c : items.subList(0, Math.min(items.size(), MAX_ROWS - written))) {
                    written++;
                    sheet.row(row(c, personal));
                    if (personal && !c.submitterErased() && (c.submitterName() != null || c.submitterPhone() != null)) {
                        shown.add(c.clueId());
                    }
                }
                if (items.size() < PAGE || ++p > Paging.MAX_PAGE) {
                    break;
                }
                items = page(filter, sort, p, scope).items();
            }
            if (!shown.isEmpty()) {
                reads.record(me.actor().userId(), me.role().name(), shown, PersonalDataReads.Purpose.CLUE_EXPORT);
            }
            return Workbook.download(book.bytes(), "线索库-" + labels.today() + ".xlsx");
        }
    }

    private CluePage page(ClueFilter filter, ClueSort sort, int page, String scope) {
        return queries.query(new ListClues(filter, sort, page, PAGE, scope), ResponseTypes.instanceOf(CluePage.class))
                .join();
    }

    private List<Object> row(ClueSummary c, boolean personal) {
        List<Object> values = new ArrayList<>(Arrays.asList(
                c.trackingCode(),
                c.title(),
                c.content(),
                labels.of("clue.source.", c.source()),
                c.district(),
                c.street(),
                c.sector(),
                workstations.label(c.workstation()),
                c.member() == null ? "" : format.person(c.member()),
                c.category(),
                labels.of("clue.status.", c.status()),
                labels.day(c.registeredAt()),
                labels.day(c.classifiedAt()),
                labels.day(c.closedAt()),
                c.feedbackCount()));
        if (personal) {
            String erased = labels.of("privacy.", "erased");
            values.add(c.submitterErased() ? erased : c.submitterName());
            values.add(c.submitterErased() ? erased : c.submitterPhone());
        }
        return values;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
