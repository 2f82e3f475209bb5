package org.tongxin.infra.members;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.projections.report.CountReportCredit;
import org.tongxin.projections.report.CreditPage;

/**
 * The member record (履职档案) for a signed-in browser session, under the access rules of
 * {@code /api/members/{id}/record}: the yearly record with its year picker and printable PDF, and the summaries by
 * sector and workstation for the office and leaders.
 */
@Controller
class MemberRecordPages {

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final MemberRecords records;
    private final RecordSummaries summaries;
    private final RecordPrinting printing;
    private final RecordLabels labels;

    MemberRecordPages(
            QueryGateway queries,
            CurrentUser currentUser,
            MemberRecords records,
            RecordSummaries summaries,
            RecordPrinting printing,
            RecordLabels labels) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.records = records;
        this.summaries = summaries;
        this.printing = printing;
        this.labels = labels;
    }

    @GetMapping("/members/{id}")
    String memberRecord(@PathVariable String id, @RequestParam(required = false) String year, Model model) {
        TongxinUser me = currentUser.get();
        Access.requireMemberRecord(me, id);
        YearlyRecord yearly = records.of(id, year(year));
        model.addAttribute("memberId", id);
        model.addAttribute("yearly", yearly);
        model.addAttribute(
                "emptyCategories",
                yearly.categories().stream()
                        .filter(c -> c.count() == 0)
                        .map(c -> labels.category(c.category()))
                        .toList());
        model.addAttribute("mayReadOthers", RecordPrinting.SUMMARY_READERS.contains(me.role()));
        // the member's public-opinion reports: written, adopted and instructed per level, per year
        model.addAttribute(
                "reportCredit",
                queries.query(new CountReportCredit(id, null), ResponseTypes.instanceOf(CreditPage.class))
                        .join()
                        .items());
        model.addAttribute("reportLevels", List.of("DISTRICT", "CITY", "PROVINCE", "NATIONAL"));
        return "member";
    }

    @GetMapping("/members/{id}/record.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String year) {
        Access.requireMemberRecord(currentUser.get(), id);
        return printing.pdf(id, year(year));
    }

    @GetMapping("/members/summary")
    String summary(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String workstation,
            Model model) {
        Access.require(currentUser.get(), RecordPrinting.SUMMARY_READERS);
        String s = blankToNull(sector);
        String w = s == null ? blankToNull(workstation) : null;
        int y = year(year);
        model.addAttribute("summary", summaries.of(y, s, w));
        model.addAttribute("sectors", summaries.sectors());
        model.addAttribute("workstations", summaries.workstations());
        int current = records.currentYear();
        model.addAttribute("years", List.of(current, current - 1, current - 2));
        model.addAttribute("categories", org.tongxin.projections.activity.ActivityCategory.values());
        return "member-summary";
    }

    /** A year the page can show: one given in the range the API accepts, else the current one. */
    private int year(String year) {
        if (year != null && year.matches("\\d{4}")) {
            int y = Integer.parseInt(year);
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        }
        return records.currentYear();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
