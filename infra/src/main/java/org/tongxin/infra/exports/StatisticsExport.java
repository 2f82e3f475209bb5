package org.tongxin.infra.exports;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;
import org.tongxin.projections.stats.ComputeHandlingTable;
import org.tongxin.projections.stats.ComputeStatistics;
import org.tongxin.projections.stats.DepartmentStatistics;
import org.tongxin.projections.stats.HandlingTable;
import org.tongxin.projections.stats.HandlingTableRow;
import org.tongxin.projections.stats.Rate;
import org.tongxin.projections.stats.Statistics;

/**
 * The statistics as a workbook: first the yearly 提案办理情况统计表 per department (the year of the period's start
 * unless {@code year} is given), then the period's figures as the statistics page shows them. The same access rule
 * as the page: a department officer gets their own department's lines only.
 */
@RestController
class StatisticsExport {

    static final List<Workbook.Group> TABLE_GROUPS = List.of(
            new Workbook.Group("序号", 1),
            new Workbook.Group("承办单位", 1),
            new Workbook.Group("件数", 3),
            new Workbook.Group("办理进度（主办、分办件）", 3),
            new Workbook.Group("办理结果（主办、分办件）", 4),
            new Workbook.Group("委员评价（办理工作）", 3));

    static final List<Workbook.Column> TABLE_COLUMNS = List.of(
            new Workbook.Column("序号", 6),
            new Workbook.Column("承办单位", 24),
            new Workbook.Column("合计", 8),
            new Workbook.Column("主办、分办", 11),
            new Workbook.Column("协办", 8),
            new Workbook.Column("已办复", 9),
            new Workbook.Column("办理中", 9),
            new Workbook.Column("逾期", 8),
            new Workbook.Column("A类 解决或基本解决", 13),
            new Workbook.Column("B类 正在解决或列入计划", 13),
            new Workbook.Column("C类 因条件限制暂不能解决", 13),
            new Workbook.Column("D类 留作参考", 11),
            new Workbook.Column("满意", 8),
            new Workbook.Column("基本满意", 10),
            new Workbook.Column("不满意", 9));

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Labels labels;

    StatisticsExport(QueryGateway queries, CurrentUser currentUser, Labels labels) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.labels = labels;
    }

    @GetMapping(value = {"/stats.xlsx", "/api/stats.xlsx"})
    @Operation(
            summary = "The statistics as .xlsx: the yearly 提案办理情况统计表 per department (year: default the year of"
                    + " from) and the period's figures per department for the days [from, to] (default this year up"
                    + " to today)")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer year) {
        String scope = Access.department(currentUser.get(), department);
        LocalDate today = labels.today();
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        // like the page, "to" is the last day included
        LocalDate last = to == null ? today : to;
        if (last.isBefore(start)) {
            throw new RefusedInput(List.of(new FieldError("to", "must not be before from")));
        }
        int tableYear = year == null ? start.getYear() : year;
        if (tableYear < 2000 || tableYear > 2999) {
            throw new RefusedInput(List.of(new FieldError("year", "must be a year of four digits")));
        }
        String kindName = kind == null ? null : kind.name();
        HandlingTable table = queries.query(
                        new ComputeHandlingTable(scope, kindName, tableYear),
                        ResponseTypes.instanceOf(HandlingTable.class))
                .join();
        Statistics stats = queries.query(
                        new ComputeStatistics(scope, kindName, start, last.plusDays(1)),
                        ResponseTypes.instanceOf(Statistics.class))
                .join();
        String what = kind == null || kind == SourceKind.PROPOSAL ? "提案" : labels.of("handling.kind.", kindName);
        String whose = scope == null ? "全部承办单位" : labels.department(scope);
        try (Workbook book = new Workbook()) {
            yearly(book, table, what, whose);
            period(book, stats, whose, start, last);
            String name = tableYear + "年度" + what + "办理情况统计表" + (scope == null ? "" : "（" + whose + "）") + ".xlsx";
            return Workbook.download(book.bytes(), name);
        }
    }

    private void yearly(Workbook book, HandlingTable table, String what, String whose) {
        Workbook.Sheet sheet = book.sheet(
                "办理情况统计表",
                table.year() + "年度" + what + "办理情况统计表",
                whose + "　　交办日期：" + table.year() + "年1月1日至12月31日　　统计日期：" + Labels.chinese(labels.today())
                        + "　　逾期：答复晚于期限或至今未答复已过期限",
                TABLE_GROUPS,
                TABLE_COLUMNS);
        int n = 1;
        for (HandlingTableRow r : table.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(n++);
            values.add(labels.department(r.department()));
            for (long c : r.counts()) {
                values.add(c);
            }
            sheet.row(values);
        }
        List<Object> totals = new ArrayList<>();
        totals.add("合计");
        totals.add(table.rows().size() + " 个单位");
        for (long c : table.totals().counts()) {
            totals.add(c);
        }
        sheet.totals(totals);
    }

    private void period(Workbook book, Statistics stats, String whose, LocalDate start, LocalDate last) {
        List<Workbook.Column> columns = List.of(
                new Workbook.Column("承办单位", 24),
                new Workbook.Column("按时率排名", 11),
                new Workbook.Column("交办", 8),
                new Workbook.Column("答复", 8),
                new Workbook.Column("按时答复", 10),
                new Workbook.Column("按时答复率（%）", 12),
                new Workbook.Column("当前逾期", 10),
                new Workbook.Column("A类（%）", 10),
                new Workbook.Column("B类（%）", 10),
                new Workbook.Column("C类（%）", 10),
                new Workbook.Column("D类（%）", 10),
                new Workbook.Column("评价数", 9),
                new Workbook.Column("办理工作满意率（%）", 14),
                new Workbook.Column("办理结果满意率（%）", 14),
                new Workbook.Column("申请退回", 10));
        Workbook.Sheet sheet = book.sheet(
                "期间统计",
                "办理统计（" + Labels.chinese(start) + "至" + Labels.chinese(last) + "）",
                whose + "　　满意率含基本满意；排名只排答复不少于 " + stats.minSample() + " 件的单位",
                List.of(),
                columns);
        long assigned = 0, replied = 0, onTime = 0, overdue = 0, returns = 0;
        for (DepartmentStatistics d : stats.departments()) {
            sheet.row(java.util.Arrays.asList(
                    labels.department(d.department()),
                    d.rank(),
                    d.assigned(),
                    d.replied(),
                    d.repliedOnTime().count(),
                    d.repliedOnTime().percent(),
                    d.overdueNow(),
                    percent(d.outcomes().get("A")),
                    percent(d.outcomes().get("B")),
                    percent(d.outcomes().get("C")),
                    percent(d.outcomes().get("D")),
                    d.satisfiedWithWork().sample(),
                    d.satisfiedWithWork().percent(),
                    d.satisfiedWithResult().percent(),
                    d.returns()));
            assigned += d.assigned();
            replied += d.replied();
            onTime += d.repliedOnTime().count();
            overdue += d.overdueNow();
            returns += d.returns();
        }
        sheet.totals(java.util.Arrays.asList(
                "合计",
                null,
                assigned,
                replied,
                onTime,
                replied == 0 ? null : Math.round(1000.0 * onTime / replied) / 10.0,
                overdue,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                returns));
    }

    private static Double percent(Rate rate) {
        return rate == null ? null : rate.percent();
    }
}
