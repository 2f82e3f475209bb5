package org.tongxin.infra.operations;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;

/** Candidate deadline rules tried on past handlings, for API clients: the same as the what-if page. */
@RestController
@RequestMapping("/api/rules")
class WhatIfController {

    /** Designers change rules; administrators and supervisors may weigh them too. Nothing is written. */
    static final Set<Role> TRIERS = Set.of(Role.DESIGNER, Role.ADMIN, Role.SUPERVISOR);

    private final WhatIfRules whatIf;
    private final CurrentUser currentUser;
    private final Clock clock;

    WhatIfController(WhatIfRules whatIf, CurrentUser currentUser, Clock clock) {
        this.whatIf = whatIf;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping("/what-if")
    @Operation(
            summary = "How many proposal handlings assigned in a past period would have been overdue under a candidate"
                    + " reply deadline and calendar, beside today's rules, per department")
    WhatIfRules.Result whatIf(@RequestBody(required = false) WhatIfRules.Candidate body) {
        Access.require(currentUser.get(), TRIERS);
        // no body is a candidate with every field missing, refused field by field below
        WhatIfRules.Candidate candidate =
                body == null ? new WhatIfRules.Candidate(null, null, null, null, null, null) : body;
        List<FieldError> problems = whatIf.problems(candidate);
        if (!problems.isEmpty()) {
            throw new RefusedInput(problems);
        }
        return whatIf.compare(candidate, LocalDate.now(clock));
    }
}
