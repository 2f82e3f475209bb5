package org.tongxin.infra.exports;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.proposal.HandlingRef;
import org.tongxin.projections.proposal.ListProposals;
import org.tongxin.projections.proposal.ProposalPage;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Proposals as a workbook under the list's filters, newest first; like the list, a department officer gets those
 * assigned to them and nobody gets another's draft.
 */
@RestController
class ProposalExport {

    static final int MAX_ROWS = 50_000;
    private static final int PAGE = Paging.MAX_SIZE;

    static final List<Workbook.Column> COLUMNS = List.of(
            new Workbook.Column("编号", 16),
            new Workbook.Column("标题", 40),
            new Workbook.Column("提案人", 12),
            new Workbook.Column("联名", 20),
            new Workbook.Column("类别", 12),
            new Workbook.Column("状态", 12),
            new Workbook.Column("重点提案", 10),
            new Workbook.Column("提交日期", 12),
            new Workbook.Column("立案日期", 12),
            new Workbook.Column("交办日期", 12),
            new Workbook.Column("答复期限", 12),
            new Workbook.Column("主办单位", 20),
            new Workbook.Column("协办单位", 24),
            new Workbook.Column("办理结果", 26));

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Labels labels;
    private final UiFormat format;

    ProposalExport(QueryGateway queries, CurrentUser currentUser, Labels labels, UiFormat format) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.labels = labels;
        this.format = format;
    }

    @GetMapping(value = {"/proposals.xlsx", "/api/proposals.xlsx"})
    @Operation(summary = "Proposals as .xlsx under the list's filters, newest first")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String member,
            @RequestParam(required = false) Boolean keyProposal,
            @RequestParam(required = false) String q) {
        TongxinUser me = currentUser.get();
        String scope = Access.scope(me);
        try (Workbook book = new Workbook()) {
            ProposalPage head = page(status, category, member, keyProposal, q, scope, 0);
            Workbook.Sheet sheet =
                    book.sheet("提案", "提案一览", "导出日期：" + Labels.chinese(labels.today()), List.of(), COLUMNS);
            int written = 0;
            List<ProposalView> items = head.items();
            for (int p = 0; !items.isEmpty() && written < MAX_ROWS; ) {
                for (ProposalView v : items) {
                    if (written < MAX_ROWS && Access.mayReadProposal(me, v)) {
                        written++;
                        sheet.row(row(v));
                    }
                }
                if (items.size() < PAGE || ++p > Paging.MAX_PAGE) {
                    break;
                }
                items = page(status, category, member, keyProposal, q, scope, p).items();
            }
            return Workbook.download(book.bytes(), "提案一览-" + labels.today() + ".xlsx");
        }
    }

    private ProposalPage page(
            String status, String category, String member, Boolean keyProposal, String q, String scope, int page) {
        return queries.query(
                        new ListProposals(
                                blank(status),
                                blank(category),
                                blank(member),
                                keyProposal,
                                blank(q),
                                page,
                                PAGE,
                                scope),
                        ResponseTypes.instanceOf(ProposalPage.class))
                .join();
    }

    private List<Object> row(ProposalView v) {
        List<HandlingRef> handlings = v.handlings() == null ? List.of() : v.handlings();
        String leads = handlings.stream()
                .filter(h -> !"CO".equals(h.role()) && !"RETURNED".equals(h.state()))
                .map(h -> labels.department(h.department()))
                .collect(Collectors.joining("、"));
        String cos = handlings.stream()
                .filter(h -> "CO".equals(h.role()) && !"RETURNED".equals(h.state()))
                .map(h -> labels.department(h.department()))
                .collect(Collectors.joining("、"));
        String outcomes = handlings.stream()
                .filter(h -> !"CO".equals(h.role()) && h.outcome() != null)
                .map(h -> labels.of("outcome.", h.outcome()))
                .distinct()
                .collect(Collectors.joining("；"));
        String coSigners = v.coSigners() == null
                ? ""
                : v.coSigners().stream()
                        .filter(c -> "CONFIRMED".equals(c.response()))
                        .map(c -> format.person(c.userId()))
                        .collect(Collectors.joining("、"));
        return Arrays.asList(
                v.number() == null ? labels.message("proposal.unnumbered") : labels.number(v.number()),
                v.title(),
                v.leadProposer() == null ? v.bodyName() : format.person(v.leadProposer()),
                coSigners,
                v.category(),
                labels.of("proposal.status.", v.status()),
                v.keyProposal() ? "是" : "",
                labels.day(v.submittedAt()),
                labels.day(v.filedAt()),
                v.assignedOn(),
                v.replyDue(),
                leads,
                cos,
                outcomes);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
