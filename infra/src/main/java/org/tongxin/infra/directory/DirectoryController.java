package org.tongxin.infra.directory;

import java.net.URI;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.directory.Directory.Entry;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.projections.caselabel.CaseLabel;
import org.tongxin.projections.caselabel.SearchCases;

/**
 * What the pickers of task forms list: departments, members, leaders, clues and proposals by number or title words,
 * and the committee's categories, which the office keeps. Each entry is the value a form submits and its label.
 * The {@code /lookup/…} twins serve the pages' pickers with the signed-in session (the API takes HTTP Basic only).
 */
@RestController
class DirectoryController {

    private static final int MAX_QUERY = 100;
    private static final int CASE_LIMIT = 20;
    private static final java.util.Set<Role> CATEGORY_KEEPERS = java.util.Set.of(Role.STAFF, Role.ADMIN);

    private final Directory directory;
    private final QueryGateway queries;
    private final CurrentUser currentUser;

    DirectoryController(Directory directory, QueryGateway queries, CurrentUser currentUser) {
        this.directory = directory;
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping({"/api/directory/departments", "/lookup/departments"})
    List<Entry> departments(@RequestParam(required = false) String q) {
        return directory.departments(checked(q), english());
    }

    @GetMapping({"/api/directory/members", "/lookup/members"})
    List<Entry> members(@RequestParam(required = false) String q) {
        return directory.people(Role.MEMBER, checked(q));
    }

    @GetMapping({"/api/directory/leaders", "/lookup/leaders"})
    List<Entry> leaders(@RequestParam(required = false) String q) {
        return directory.people(Role.LEADER, checked(q));
    }

    /** Clues by tracking code, id or title words; the value is the tracking code. */
    @GetMapping({"/api/clues/lookup", "/lookup/clues"})
    List<Entry> clues(@RequestParam(required = false) String q) {
        Access.require(currentUser.get(), Access.READERS_OF_CASES);
        return cases(checked(q), CaseLabel.Kind.CLUE).stream()
                .map(c -> new Entry(c.number(), c.number() + " · " + c.title()))
                .toList();
    }

    /** Filed proposals by filing number, id or title words; the value is the filing number. */
    @GetMapping({"/api/proposals/lookup", "/lookup/proposals"})
    List<Entry> proposals(@RequestParam(required = false) String q) {
        Access.require(currentUser.get(), Access.READERS_OF_CASES);
        return cases(checked(q), CaseLabel.Kind.PROPOSAL).stream()
                .filter(c -> c.number() != null)
                .map(c -> new Entry(c.number(), "第" + c.number() + "号 · " + c.title()))
                .toList();
    }

    @GetMapping({"/api/categories", "/lookup/categories"})
    List<Entry> categories(@RequestParam(required = false) String q) {
        return directory.categories(checked(q)).stream()
                .map(c -> new Entry(c, c))
                .toList();
    }

    record NewCategory(String name, Integer sortOrder) {}

    @PostMapping("/api/categories")
    ResponseEntity<Entry> addCategory(@RequestBody(required = false) NewCategory body) {
        Access.require(currentUser.get(), CATEGORY_KEEPERS);
        String name = body == null || body.name() == null ? "" : body.name().strip();
        if (!Directory.categoryName(name)) {
            throw new FormRejected(List.of(new FieldError("name", "must be 1 to 50 characters")));
        }
        boolean added = directory.addCategory(name, body.sortOrder() == null ? 500 : body.sortOrder());
        Entry entry = new Entry(name, name);
        return added ? ResponseEntity.created(URI.create("/api/categories")).body(entry) : ResponseEntity.ok(entry);
    }

    @DeleteMapping("/api/categories/{name}")
    ResponseEntity<Void> retireCategory(@PathVariable String name) {
        Access.require(currentUser.get(), CATEGORY_KEEPERS);
        if (!directory.retireCategory(name)) {
            throw new NotFound("category " + name);
        }
        return ResponseEntity.noContent().build();
    }

    private List<CaseLabel> cases(String q, CaseLabel.Kind kind) {
        if (q.isEmpty()) {
            return List.of();
        }
        return queries.query(new SearchCases(q, kind, CASE_LIMIT), ResponseTypes.multipleInstancesOf(CaseLabel.class))
                .join();
    }

    private static String checked(String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw new FormRejected(List.of(new FieldError("q", "must be at most " + MAX_QUERY + " characters")));
        }
        return text;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
