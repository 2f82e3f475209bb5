package org.tongxin.infra.members;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.consultation.CountMemberConsultations;
import org.tongxin.projections.consultation.MemberConsultations;
import org.tongxin.projections.member.FindMemberRecord;
import org.tongxin.projections.member.MemberRecord;
import org.tongxin.projections.report.CountReportCredit;
import org.tongxin.projections.report.CreditPage;

/**
 * The member record (履职档案): the query of {@code /api/members/{id}/record} under the same access rules, for a
 * signed-in browser session.
 */
@Controller
class MemberRecordPages {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    MemberRecordPages(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping("/members/{id}")
    String memberRecord(@PathVariable String id, Model model) {
        Access.requireMemberRecord(currentUser.get(), id);
        model.addAttribute(
                "record",
                queries.query(new FindMemberRecord(id), ResponseTypes.instanceOf(MemberRecord.class))
                        .join());
        model.addAttribute(
                "consultations",
                queries.query(new CountMemberConsultations(id), ResponseTypes.instanceOf(MemberConsultations.class))
                        .join());
        // the member's public-opinion reports: written, adopted and instructed per level, per year
        model.addAttribute(
                "reportCredit",
                queries.query(new CountReportCredit(id, null), ResponseTypes.instanceOf(CreditPage.class))
                        .join()
                        .items());
        model.addAttribute("reportLevels", List.of("DISTRICT", "CITY", "PROVINCE", "NATIONAL"));
        return "member";
    }
}
