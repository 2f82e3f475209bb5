package org.tongxin.infra.consultations;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.consultation.TopicStatus;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.ResearchReference;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.Paging;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.infra.web.RuleStatus;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormField;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.projections.consultation.ComputeConsultationStatistics;
import org.tongxin.projections.consultation.ConsultationStatistics;
import org.tongxin.projections.consultation.ListTopics;
import org.tongxin.projections.consultation.ListUpcomingMeetings;
import org.tongxin.projections.consultation.TopicPage;
import org.tongxin.projections.consultation.TopicView;

/** The consultation pages: the list with its filters and meeting calendar, a topic's page, the office's actions. */
@Controller
class ConsultationPages {

    private static final int PAGE_SIZE = 20;
    private static final int CALENDAR_SIZE = 10;
    private static final Set<Role> CREATORS = Set.of(Role.STAFF, Role.MEMBER, Role.LEADER);

    private final Consultations consultations;
    private final CurrentUser currentUser;
    private final QueryGateway queries;
    private final Messages messages;
    private final Clock clock;
    private final ResearchReference research;

    ConsultationPages(
            Consultations consultations,
            CurrentUser currentUser,
            QueryGateway queries,
            Messages messages,
            Clock clock,
            ResearchReference research) {
        this.research = research;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/consultations")
    String list(
            @RequestParam(required = false) TopicKind kind,
            @RequestParam(required = false) TopicStatus status,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String streetFilter = street == null || street.isBlank() ? null : street.strip();
        int shown = Math.min(Math.max(0, page), Paging.MAX_PAGE);
        TopicPage result = consultations.list(
                new ListTopics(
                        kind == null ? null : kind.name(),
                        status == null ? null : status.name(),
                        streetFilter,
                        from,
                        to,
                        null,
                        shown,
                        PAGE_SIZE),
                currentUser.get());
        @SuppressWarnings("unchecked")
        List<TopicView> upcoming = queries.query(
                        new ListUpcomingMeetings(LocalDate.now(clock), CALENDAR_SIZE),
                        ResponseTypes.multipleInstancesOf(TopicView.class))
                .join();
        model.addAttribute("result", result);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("statuses", TopicStatus.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("street", streetFilter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("pages", (int) Math.ceil(result.total() / (double) PAGE_SIZE));
        model.addAttribute("canCreate", CREATORS.contains(currentUser.get().role()));
        return "consultations";
    }

    @GetMapping("/consultations/{id}")
    String topic(@PathVariable String id, Model model) {
        TongxinUser me = currentUser.get();
        TopicView topic = consultations.find(id, me).orElseThrow(UiErrors.PageNotFound::new);
        model.addAttribute("topic", topic);
        model.addAttribute("office", me.role() == Role.STAFF);
        if (me.role() == Role.STAFF) {
            // the page shows the givers' names and phones to the office only
            consultations.logGiverReads(List.of(topic), me, PersonalDataReads.Purpose.TOPIC_PAGE);
        }
        model.addAttribute("canAskAgain", me.role() == Role.STAFF || me.role() == Role.LEADER);
        return "consultation";
    }

    @GetMapping("/consultations/new")
    String createForm(@RequestParam(required = false) String clue, Model model) {
        Access.require(currentUser.get(), CREATORS);
        Map<String, String> values = new LinkedHashMap<>();
        if (clue != null && !clue.isBlank() && ControlCharacters.allowed(clue) && clue.length() <= 64) {
            values.put("clues", clue.strip());
            values.put("origin", TopicOrigin.CLUES.name());
        }
        return renderCreate(values, Map.of(), model);
    }

    @PostMapping("/consultations/new")
    @InlineFormErrors
    String create(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, CREATORS);
        Map<String, String> submitted = new LinkedHashMap<>();
        for (FormField f : Consultations.CREATE_FORM.fields()) {
            String v = params.getFirst(f.name());
            if (v != null) {
                submitted.put(f.name(), v);
            }
        }
        String researchTopic = params.getFirst(ResearchReference.FIELD);
        if (researchTopic != null) {
            submitted.put(ResearchReference.FIELD, researchTopic);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        submitted.forEach((field, value) -> {
            if (!ControlCharacters.allowed(value)) {
                errors.put(field, messages.get("form.error.controlCharacter"));
            }
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> shown = new LinkedHashMap<>();
            submitted.forEach((field, value) -> shown.put(field, ControlCharacters.without(value)));
            return renderCreate(shown, errors, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        submitted.forEach((field, value) -> {
            if (!value.isBlank()) {
                body.put(field, value);
            }
        });
        try {
            TopicId id = consultations.create(body, me);
            return "redirect:/consultations/" + id.value() + "?created";
        } catch (FormRejected e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return renderCreate(submitted, errors, model);
        } catch (RefusedInput e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderCreate(submitted, errors, model);
        } catch (RuleViolation e) {
            response.setStatus(RuleStatus.of(e).value());
            model.addAttribute("refusal", messages.refusal(e));
            return renderCreate(submitted, Map.of(), model);
        }
    }

    private String renderCreate(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", TopicKind.values());
        model.addAttribute("origins", TopicOrigin.values());
        model.addAttribute("researchTopics", research.choices(currentUser.get()));
        return "consultation-new";
    }

    @PostMapping("/consultations/{id}/opinions/{opinion}/publish")
    String publish(@PathVariable String id, @PathVariable int opinion, RedirectAttributes redirect) {
        return act(id, redirect, () -> consultations.moderate(id, opinion, true, null, office()));
    }

    @PostMapping("/consultations/{id}/opinions/{opinion}/hide")
    String hide(
            @PathVariable String id,
            @PathVariable int opinion,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> consultations.moderate(id, opinion, false, reason, office()));
    }

    @PostMapping("/consultations/{id}/opinions/{opinion}/erasure")
    String eraseGiver(
            @PathVariable String id,
            @PathVariable int opinion,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> consultations.eraseGiver(id, opinion, reason, office()));
    }

    @PostMapping("/consultations/{id}/opinions/{opinion}/lift")
    String lift(
            @PathVariable String id,
            @PathVariable int opinion,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String departments,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> consultations.lift(id, opinion, text, departments, office()));
    }

    @PostMapping("/consultations/{id}/ask-again")
    String askAgain(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String handling,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF, Role.LEADER));
        return act(id, redirect, () -> consultations.askAgain(id, handling, note, me));
    }

    @GetMapping("/consultations/stats")
    String stats(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null || !start.isBefore(to) ? start.plusYears(1) : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute(
                "stats",
                queries.query(
                                new ComputeConsultationStatistics(start, end),
                                ResponseTypes.instanceOf(ConsultationStatistics.class))
                        .join());
        return "consultation-stats";
    }

    private TongxinUser office() {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        return me;
    }

    /** Runs an action and goes back to the topic, saying what happened or, in words, why it was refused. */
    private String act(String id, RedirectAttributes redirect, Runnable action) {
        long before = consultations.viewVersion(id);
        try {
            action.run();
            consultations.awaitViewAfter(id, before);
            redirect.addFlashAttribute("done", true);
        } catch (FormRejected e) {
            redirect.addFlashAttribute(
                    "actionError",
                    e.errors().stream()
                            .map(messages::fieldError)
                            .reduce((a, b) -> a + "；" + b)
                            .orElse(""));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("actionError", messages.refusal(e));
        }
        return "redirect:/consultations/" + id;
    }
}
