package org.tongxin.infra.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.infra.directory.DepartmentDirectory;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.HandledKinds;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.stats.ComputeStatistics;
import org.tongxin.projections.stats.DepartmentStatistics;
import org.tongxin.projections.stats.Rate;
import org.tongxin.projections.stats.Statistics;

/**
 * The statistics dashboard (统计): the query of {@code /api/stats} under the same access rules, for a signed-in
 * browser session, with its charts.
 */
@Controller
class StatisticsPages {

    static final List<String> OUTCOMES = List.of("A", "B", "C", "D");

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final DepartmentDirectory departments;
    private final UiFormat format;
    private final Messages messages;
    private final ZoneId zone;

    StatisticsPages(
            QueryGateway queries,
            CurrentUser currentUser,
            ObjectMapper json,
            DepartmentDirectory departments,
            UiFormat format,
            Messages messages,
            @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.json = json;
        this.departments = departments;
        this.format = format;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/stats")
    String stats(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model)
            throws JsonProcessingException {
        var me = currentUser.get();
        String scope = Access.department(me, department);
        LocalDate today = LocalDate.now(zone);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        // the form's "to" is the last day included; the query's is exclusive
        LocalDate end = to == null ? today.plusDays(1) : to.plusDays(1);
        if (!start.isBefore(end)) {
            throw new UiErrors.BadRequest();
        }
        Statistics stats = queries.query(
                        new ComputeStatistics(scope, kind == null ? null : kind.name(), start, end),
                        ResponseTypes.instanceOf(Statistics.class))
                .join();
        model.addAttribute("stats", stats);
        model.addAttribute("department", scope);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("kinds", HandledKinds.FILTERS);
        model.addAttribute("from", start);
        model.addAttribute("to", end.minusDays(1));
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("ownOnly", me.role() == org.tongxin.engine.shared.Role.DEPT_OFFICER);
        model.addAttribute(
                "departments",
                me.role() == org.tongxin.engine.shared.Role.DEPT_OFFICER ? List.of() : departments.codes());
        model.addAttribute("charts", json.writeValueAsString(charts(stats)));
        return "stats";
    }

    /** What the chart script draws; every label carries its sample size, so no rate is shown without its base. */
    private Map<String, Object> charts(Statistics stats) {
        List<String> deptLabels = new ArrayList<>();
        List<String> onTimeLabels = new ArrayList<>();
        List<String> satisfactionLabels = new ArrayList<>();
        Map<String, List<Double>> outcomes = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> outcomes.put(o, new ArrayList<>()));
        List<Double> onTime = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        List<Double> result = new ArrayList<>();
        for (DepartmentStatistics d : stats.departments()) {
            String name = format.department(d.department());
            deptLabels.add(name + " (n=" + d.replied() + ")");
            onTimeLabels.add(name + " (n=" + d.repliedOnTime().sample() + ")");
            satisfactionLabels.add(name + " (n=" + d.satisfiedWithWork().sample() + "/"
                    + d.satisfiedWithResult().sample() + ")");
            OUTCOMES.forEach(o -> outcomes.get(o).add(percent(d.outcomes().get(o))));
            onTime.add(percent(d.repliedOnTime()));
            work.add(percent(d.satisfiedWithWork()));
            result.add(percent(d.satisfiedWithResult()));
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        Map<String, Object> outcomeData = new LinkedHashMap<>();
        outcomeData.put("labels", deptLabels);
        outcomeData.put(
                "series",
                OUTCOMES.stream()
                        .map(o -> Map.of("label", messages.get("outcome." + o), "data", outcomes.get(o)))
                        .toList());
        charts.put("outcomes", outcomeData);
        charts.put(
                "onTime",
                Map.of(
                        "labels",
                        onTimeLabels,
                        "series",
                        List.of(Map.of("label", messages.get("stats.onTime"), "data", onTime))));
        charts.put(
                "satisfaction",
                Map.of(
                        "labels",
                        satisfactionLabels,
                        "series",
                        List.of(
                                Map.of("label", messages.get("stats.satisfiedWork"), "data", work),
                                Map.of("label", messages.get("stats.satisfiedResult"), "data", result))));
        var f = stats.clueFunnel();
        charts.put(
                "funnel",
                Map.of(
                        "labels",
                        List.of(
                                messages.get("stats.funnel.registered") + " (" + f.registered() + ")",
                                messages.get("stats.funnel.classified") + " ("
                                        + f.classified().count() + "/"
                                        + f.classified().sample() + ")",
                                messages.get("stats.funnel.converted") + " ("
                                        + f.converted().count() + "/"
                                        + f.converted().sample() + ")",
                                messages.get("stats.funnel.fedBack") + " ("
                                        + f.fedBack().count() + "/"
                                        + f.fedBack().sample() + ")"),
                        "series",
                        List.of(Map.of(
                                "label",
                                messages.get("stats.funnel.count"),
                                "data",
                                List.of(
                                        f.registered(),
                                        f.classified().count(),
                                        f.converted().count(),
                                        f.fedBack().count())))));
        return charts;
    }

    private static Double percent(Rate rate) {
        return rate == null ? null : rate.percent();
    }
}
