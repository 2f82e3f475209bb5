package org.tongxin.infra.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.infra.web.UiErrors;

/** Research topics' pages: the year's topics and figures, a new topic, and one topic with its visits, report and results. */
@Controller
class ResearchPages {

    private static final Set<Role> OPENERS = Set.of(Role.STAFF, Role.ADMIN, Role.MEMBER);

    private final ResearchTopics topics;
    private final ResearchWork work;
    private final Stations stations;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    ResearchPages(
            ResearchTopics topics,
            ResearchWork work,
            Stations stations,
            CurrentUser currentUser,
            Messages messages,
            Clock clock) {
        this.topics = topics;
        this.work = work;
        this.stations = stations;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/research")
    String list(@RequestParam(required = false) Integer year, Model model) {
        Access.require(currentUser.get(), WorkstationController.READERS);
        return renderList(
                year == null || year < 2000 || year > 2100
                        ? LocalDate.now(clock).getYear()
                        : year,
                Map.of(),
                model);
    }

    @PostMapping("/research")
    String open(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(required = false) List<String> participants,
            @RequestParam(defaultValue = "") String summary,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, OPENERS);
        int year = LocalDate.now(clock).getYear();
        if (title.isBlank() || title.length() > org.tongxin.engine.registry.ResearchTopic.TITLE_MAX) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderList(year, Map.of("title", messages.get("registry.error.researchTitle")), model);
        }
        if (summary.length() > 4000) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderList(year, Map.of("summary", messages.get("form.error.tooLong", 4000)), model);
        }
        try {
            long id = work.open(me, title, year, lead, participants, summary);
            return "redirect:/research/" + id;
        } catch (RefusedInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderList(year, Map.of("lead", messages.get("registry.error.unknown")), model);
        }
    }

    @GetMapping("/research/{id}")
    String topic(@PathVariable long id, Model model) {
        Access.require(currentUser.get(), WorkstationController.READERS);
        return render(id, Map.of(), model);
    }

    @PostMapping("/research/{id}/visits")
    String visit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        work.requireWorker(currentUser.get(), topicOrNotFound(id));
        LocalDate on;
        try {
            on = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return refused(id, "visit", messages.get("registry.error.researchVisit"), model, response);
        }
        if (place.isBlank() || place.length() > 200 || note.length() > 4000) {
            return refused(id, "visit", messages.get("registry.error.researchVisit"), model, response);
        }
        topics.addVisit(id, on, place, note);
        redirect.addFlashAttribute("notice", "registry.notice.researchVisit");
        return "redirect:/research/" + id;
    }

    @PostMapping("/research/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String report,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        work.requireWorker(currentUser.get(), topicOrNotFound(id));
        if (report.length() > 50000) {
            return refused(id, "report", messages.get("form.error.tooLong", 50000), model, response);
        }
        topics.setReport(id, report);
        redirect.addFlashAttribute("notice", "registry.notice.researchReport");
        return "redirect:/research/" + id;
    }

    @PostMapping("/research/{id}/citations")
    String cite(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String item,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        work.requireWorker(currentUser.get(), topicOrNotFound(id));
        try {
            topics.cite(id, kind, work.resolve(kind, item));
        } catch (RefusedInput | RuleViolation e) {
            return refused(id, "citation", messages.get("registry.error.citation"), model, response);
        }
        redirect.addFlashAttribute("notice", "registry.notice.citation");
        return "redirect:/research/" + id;
    }

    private ResearchTopics.Topic topicOrNotFound(long id) {
        try {
            return topics.require(id);
        } catch (NotFound e) {
            throw new UiErrors.PageNotFound();
        }
    }

    private String refused(long id, String form, String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(id, Map.of(form, message), model);
    }

    private String renderList(int year, Map<String, String> errors, Model model) {
        TongxinUser me = currentUser.get();
        model.addAttribute("year", year);
        model.addAttribute("figures", topics.figures(year));
        model.addAttribute("topics", topics.list(year));
        model.addAttribute("mayOpen", OPENERS.contains(me.role()));
        model.addAttribute("memberChoices", stations.memberChoices());
        model.addAttribute("errors", errors);
        return "research";
    }

    private String render(long id, Map<String, String> errors, Model model) {
        TongxinUser me = currentUser.get();
        ResearchTopics.Topic topic = topicOrNotFound(id);
        boolean worker;
        try {
            work.requireWorker(me, topic);
            worker = true;
        } catch (org.springframework.web.server.ResponseStatusException e) {
            worker = false;
        }
        model.addAttribute("topic", topic);
        model.addAttribute("worker", worker);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "research-topic";
    }
}
