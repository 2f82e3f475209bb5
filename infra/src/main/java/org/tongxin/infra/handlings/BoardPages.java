package org.tongxin.infra.handlings;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.directory.DepartmentDirectory;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.HandledKinds;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.ListHandlings;

/**
 * The department board (承办看板): the query of {@code /api/handlings} under the same access rules, for a signed-in
 * browser session.
 */
@Controller
class BoardPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final DepartmentDirectory departments;
    private final CurrentUser currentUser;

    BoardPages(QueryGateway queries, CurrentUser currentUser, DepartmentDirectory departments) {
        this.departments = departments;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping("/board")
    String board(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(defaultValue = "false") boolean includeEnded,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TongxinUser me = currentUser.get();
        String scope = Access.department(me, department);
        HandlingPage result = queries.query(
                        new ListHandlings(
                                scope,
                                kind == null ? null : kind.name(),
                                null,
                                includeEnded,
                                Math.min(Math.max(0, page), Paging.MAX_PAGE),
                                PAGE_SIZE),
                        ResponseTypes.instanceOf(HandlingPage.class))
                .join();
        model.addAttribute("result", result);
        model.addAttribute("department", scope);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("kinds", HandledKinds.FILTERS);
        model.addAttribute("includeEnded", includeEnded);
        model.addAttribute("ownOnly", me.role() == Role.DEPT_OFFICER);
        model.addAttribute("departments", me.role() == Role.DEPT_OFFICER ? List.of() : knownDepartments());
        model.addAttribute("pages", (int) Math.ceil(result.total() / (double) PAGE_SIZE));
        return "board";
    }

    /** Every department, for the board's chooser. */
    List<String> knownDepartments() {
        return departments.codes();
    }
}
