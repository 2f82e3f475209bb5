package org.tongxin.infra.exports;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.handling.EvaluationEntry;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.HandlingView;
import org.tongxin.projections.handling.ListHandlings;

/**
 * A department's handlings as a workbook (the board's list with its filters), oldest due first; a department officer
 * gets their own department's only, like the board.
 */
@RestController
class HandlingExport {

    static final int MAX_ROWS = 50_000;
    private static final int PAGE = Paging.MAX_SIZE;

    static final List<Workbook.Column> COLUMNS = List.of(
            new Workbook.Column("编号", 16),
            new Workbook.Column("标题", 36),
            new Workbook.Column("事项类别", 11),
            new Workbook.Column("承办单位", 18),
            new Workbook.Column("承办方式", 10),
            new Workbook.Column("状态", 11),
            new Workbook.Column("交办日期", 12),
            new Workbook.Column("办理期限", 12),
            new Workbook.Column("剩余工作日", 11),
            new Workbook.Column("首次答复日期", 13),
            new Workbook.Column("是否逾期", 10),
            new Workbook.Column("办理结果", 26),
            new Workbook.Column("办理工作评价", 13),
            new Workbook.Column("办理结果评价", 13));

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Labels labels;

    HandlingExport(QueryGateway queries, CurrentUser currentUser, Labels labels) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.labels = labels;
    }

    @GetMapping(value = {"/board.xlsx", "/api/handlings.xlsx"})
    @Operation(
            summary = "A department's handlings as .xlsx under the board's filters, oldest due first (an officer: their"
                    + " own department's)")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean includeEnded) {
        String scope = Access.department(currentUser.get(), department);
        String kindName = kind == null ? null : kind.name();
        String whose = scope == null ? "全部承办单位" : labels.department(scope);
        try (Workbook book = new Workbook()) {
            HandlingPage head = page(scope, kindName, status, includeEnded, 0);
            Workbook.Sheet sheet = book.sheet(
                    "办理情况",
                    whose + "办理情况一览",
                    "共 " + head.total() + " 件" + (includeEnded ? "（含已办结、已退回）" : "（在办）")
                            + (kind == null ? "" : "　　" + labels.of("handling.kind.", kindName))
                            + "　　导出日期：" + Labels.chinese(labels.today()),
                    List.of(),
                    COLUMNS);
            int written = 0;
            List<HandlingSummary> items = head.items();
            for (int p = 0; !items.isEmpty() && written < MAX_ROWS; ) {
                for (HandlingSummary s : items.subList(0, Math.min(items.size(), MAX_ROWS - written))) {
                    written++;
                    sheet.row(row(s));
                }
                if (items.size() < PAGE || ++p > Paging.MAX_PAGE) {
                    break;
                }
                items = page(scope, kindName, status, includeEnded, p).items();
            }
            return Workbook.download(book.bytes(), whose + "办理情况-" + labels.today() + ".xlsx");
        }
    }

    private HandlingPage page(String scope, String kind, String status, boolean includeEnded, int page) {
        return queries.query(
                        new ListHandlings(scope, kind, blank(status), includeEnded, page, PAGE),
                        ResponseTypes.instanceOf(HandlingPage.class))
                .join();
    }

    private List<Object> row(HandlingSummary s) {
        HandlingView h = s.handling();
        EvaluationEntry latest = h.evaluations() == null || h.evaluations().isEmpty()
                ? null
                : h.evaluations().get(h.evaluations().size() - 1);
        return Arrays.asList(
                labels.number(s.proposalNumber()),
                s.proposalTitle(),
                labels.of("handling.kind.", h.sourceKind()),
                labels.department(h.department()),
                labels.of("handling.role.", h.role()),
                labels.of("handling.status.", h.status()),
                h.assignedOn(),
                s.clock() == null ? h.replyDue() : s.clock().dueOn(),
                s.clock() == null ? null : s.clock().workingDaysLeft(),
                h.firstRepliedOn(),
                lateness(s),
                labels.of("outcome.", h.outcome()),
                latest == null ? "" : labels.of("satisfaction.", latest.handlingWork()),
                latest == null ? "" : labels.of("satisfaction.", latest.result()));
    }

    /** 逾期 when the first reply came late or none has come past the due day. */
    private static String lateness(HandlingSummary s) {
        HandlingView h = s.handling();
        boolean late = Boolean.TRUE.equals(h.firstReplyLate())
                || (s.clock() != null && s.clock().overdue());
        return late ? "逾期" : "";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
