package org.tongxin.infra.statistics;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.stats.ComputeStatistics;
import org.tongxin.projections.stats.Statistics;

/** Statistics per department and period; a department officer gets their own department's. */
@RestController
@RequestMapping("/api/stats")
class StatisticsController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    StatisticsController(QueryGateway queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Per department for the days [from, to): default this year up to today included")
    Statistics stats(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String scope = Access.department(currentUser.get(), department);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.plusDays(1) : to;
        if (!start.isBefore(end)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to");
        }
        return queries.query(
                        new ComputeStatistics(scope, kind == null ? null : kind.name(), start, end),
                        ResponseTypes.instanceOf(Statistics.class))
                .join();
    }
}
