package org.tongxin.infra.clues;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.engine.clue.ClueLimits;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Clues;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.Paging;
import org.tongxin.infra.web.ReadModelWait;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.clue.ClueEntry;
import org.tongxin.projections.clue.ClueFilter;
import org.tongxin.projections.clue.CluePage;
import org.tongxin.projections.clue.ClueSort;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClueEntry;
import org.tongxin.projections.clue.ListClues;

/** The clue pool (线索库): facets, Chinese substring search, one clue's page. */
@Controller
class CluePages {

    static final List<String> FACETS =
            List.of("status", "category", "source", "district", "street", "sector", "workstation");
    private static final int PAGE_SIZE = 20;

    /** How long the redirect after an erasure waits for the clue's view to show the submitter as erased. */
    private static final Duration ERASURE_SHOWN = Duration.ofSeconds(5);

    private final Clues clues;
    private final CurrentUser currentUser;
    private final QueryGateway queries;
    private final SubmitterErasure erasure;
    private final Messages messages;

    CluePages(Clues clues, CurrentUser currentUser, QueryGateway queries, SubmitterErasure erasure, Messages messages) {
        this.clues = clues;
        this.currentUser = currentUser;
        this.queries = queries;
        this.erasure = erasure;
        this.messages = messages;
    }

    @GetMapping("/clues")
    String pool(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String workstation,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "NEWEST") ClueSort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Map<String, String> selected = new LinkedHashMap<>();
        put(selected, "status", status);
        put(selected, "category", category);
        put(selected, "source", source);
        put(selected, "district", district);
        put(selected, "street", street);
        put(selected, "sector", sector);
        put(selected, "workstation", workstation);
        String query = blankToNull(q);
        ClueFilter filter = new ClueFilter(
                selected.get("status"),
                selected.get("category"),
                selected.get("source"),
                selected.get("district"),
                selected.get("street"),
                selected.get("sector"),
                selected.get("workstation"),
                null,
                null,
                null,
                query);
        CluePage result = clues.list(
                new ListClues(filter, sort, Math.min(Math.max(0, page), Paging.MAX_PAGE), PAGE_SIZE),
                currentUser.get());
        model.addAttribute("result", result);
        model.addAttribute("facets", FACETS);
        model.addAttribute("selected", selected);
        model.addAttribute("q", query);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", ClueSort.values());
        model.addAttribute(
                "pages",
                Paging.pages(
                        result.total(),
                        result.totalCapped(),
                        result.page(),
                        result.items().size(),
                        PAGE_SIZE));
        model.addAttribute("links", new Links(selected, query, sort));
        return "clues";
    }

    @GetMapping("/clues/{id}")
    String clue(@PathVariable String id, Model model) {
        return render(id, model);
    }

    /** The office erases the submitter's name and phone, with the reason; a missing reason is told beside its field. */
    @PostMapping("/clues/{id}/erasure")
    String erase(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        String error = reason.isBlank()
                ? messages.get("privacy.erasure.reasonRequired")
                : reason.strip().length() > ClueLimits.ERASURE_REASON_MAX
                        ? messages.get("privacy.erasure.reasonTooLong", ClueLimits.ERASURE_REASON_MAX)
                        : null;
        if (error == null) {
            try {
                erasure.erase(id, reason, me.actor());
                ReadModelWait.until(
                        () -> clues.find(id, me)
                                .map(ClueSummary::submitterErased)
                                .orElse(true),
                        ERASURE_SHOWN);
                return "redirect:/clues/" + id + "?erased=1";
            } catch (RuleViolation e) {
                error = messages.get("rule." + e.code());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("erasureError", error);
        model.addAttribute("erasureReason", reason);
        return render(id, model);
    }

    private String render(String id, Model model) {
        model.addAttribute("clue", clues.find(id, currentUser.get()).orElseThrow(UiErrors.PageNotFound::new));
        queries.query(new FindClueEntry(id), ResponseTypes.optionalInstanceOf(ClueEntry.class))
                .join()
                .filter(ClueEntry::enteredOnBehalf)
                .ifPresent(e -> model.addAttribute("entry", e));
        return "clue";
    }

    private static void put(Map<String, String> selected, String facet, String value) {
        String v = blankToNull(value);
        if (v != null) {
            selected.put(facet, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Links of the facet list: the current selection with one facet set, cleared or the page changed. */
    public record Links(Map<String, String> selected, String q, ClueSort sort) {

        public String with(String facet, String value) {
            Map<String, String> next = new LinkedHashMap<>(selected);
            next.put(facet, value);
            return url(next, 0);
        }

        public String without(String facet) {
            Map<String, String> next = new LinkedHashMap<>(selected);
            next.remove(facet);
            return url(next, 0);
        }

        public String page(int page) {
            return url(selected, page);
        }

        private String url(Map<String, String> params, int page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/clues");
            params.forEach(b::queryParam);
            if (q != null) {
                b.queryParam("q", q);
            }
            if (sort != ClueSort.NEWEST) {
                b.queryParam("sort", sort.name());
            }
            if (page > 0) {
                b.queryParam("page", page);
            }
            return b.encode().build().toUriString();
        }
    }
}
