package org.tongxin.infra.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.registry.StationKind;
import org.tongxin.engine.registry.VisitCounts;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.ClueRegistration;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.RuleStatus;
import org.tongxin.infra.web.UiErrors;

/**
 * The registry's pages: the office keeps workstations, their members, contact points and the weekly rota; the member on
 * duty sees their shifts and bookings, logs a reception and turns a problem into a clue in one step. A refused form is
 * shown again with the reason beside it.
 */
@Controller
class WorkstationPages {

    private final Stations stations;
    private final Roster roster;
    private final Visits visits;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    WorkstationPages(
            Stations stations, Roster roster, Visits visits, CurrentUser currentUser, Messages messages, Clock clock) {
        this.stations = stations;
        this.roster = roster;
        this.visits = visits;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/workstations")
    String list(Model model) {
        Access.require(currentUser.get(), WorkstationController.READERS);
        return renderList(Map.of(), Map.of(), model);
    }

    @PostMapping("/workstations")
    String create(
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), WorkstationController.KEEPERS);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.getOrDefault("code", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (!StationCode.wellFormed(code)) {
            errors.put("code", messages.get("registry.error.code"));
        }
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty() || name.length() > Station.NAME_MAX) {
            errors.put("name", messages.get("registry.error.stationName"));
        }
        StationKind kind = parseKind(form.get("kind"));
        if (kind == null) {
            errors.put("kind", messages.get("form.error.choice"));
        }
        for (String field : List.of("district", "street", "contactName")) {
            if (form.getOrDefault(field, "").length() > 100) {
                errors.put(field, messages.get("form.error.tooLong", 100));
            }
        }
        if (form.getOrDefault("address", "").length() > 200) {
            errors.put("address", messages.get("form.error.tooLong", 200));
        }
        if (form.getOrDefault("sectors", "").length() > 300) {
            errors.put("sectors", messages.get("form.error.tooLong", 300));
        }
        String phone = form.getOrDefault("contactPhone", "").strip();
        if (!phone.isEmpty() && !phone.matches("[0-9+\\- ]{5,20}")) {
            errors.put("contactPhone", messages.get("public.error.phone"));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderList(form, errors, model);
        }
        boolean created = stations.save(new Station(
                new StationCode(code),
                name,
                kind,
                form.get("district"),
                form.get("street"),
                form.get("address"),
                form.get("contactName"),
                phone,
                form.get("sectors")));
        redirect.addFlashAttribute("notice", created ? "registry.notice.created" : "registry.notice.saved");
        return "redirect:/workstations/" + code;
    }

    @GetMapping("/workstations/{code}")
    String station(@PathVariable String code, Model model) {
        Access.require(currentUser.get(), WorkstationController.READERS);
        return render(code, Map.of(), model);
    }

    @PostMapping("/workstations/{code}/members")
    String attach(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "false") boolean home,
            @RequestParam(defaultValue = "") String sector,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), WorkstationController.KEEPERS);
        if (sector.length() > 100) {
            return refused(
                    code, "member", messages.get("form.error.tooLong", 100), HttpStatus.BAD_REQUEST, model, response);
        }
        return attempt(code, "member", model, response, redirect, "registry.notice.attached", () -> {
            stations.attach(code, member, home);
            if (!sector.isBlank()) {
                stations.setSector(member, sector);
            }
            return null;
        });
    }

    @PostMapping("/workstations/{code}/members/remove")
    String detach(
            @PathVariable String code, @RequestParam(defaultValue = "") String member, RedirectAttributes redirect) {
        Access.require(currentUser.get(), WorkstationController.KEEPERS);
        stations.detach(code, member);
        redirect.addFlashAttribute("notice", "registry.notice.detached");
        return "redirect:/workstations/" + code;
    }

    @PostMapping("/workstations/{code}/contact-points")
    String contactPoint(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String contactName,
            @RequestParam(defaultValue = "") String contactPhone,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), WorkstationController.KEEPERS);
        if (name.isBlank() || name.length() > 100 || address.length() > 200 || contactName.length() > 100) {
            return refused(
                    code,
                    "contactPoint",
                    messages.get("registry.error.contactPoint"),
                    HttpStatus.BAD_REQUEST,
                    model,
                    response);
        }
        if (!contactPhone.isBlank() && !contactPhone.strip().matches("[0-9+\\- ]{5,20}")) {
            return refused(
                    code, "contactPoint", messages.get("public.error.phone"), HttpStatus.BAD_REQUEST, model, response);
        }
        return attempt(
                code,
                "contactPoint",
                model,
                response,
                redirect,
                "registry.notice.contactPoint",
                () -> stations.addContactPoint(code, name, address, contactName, contactPhone));
    }

    @PostMapping("/workstations/{code}/roster")
    String addShift(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String start,
            @RequestParam(defaultValue = "") String end,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String capacity,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), WorkstationController.KEEPERS);
        DayOfWeek weekday;
        LocalTime from;
        LocalTime to;
        int places;
        try {
            weekday = DayOfWeek.valueOf(day);
            from = LocalTime.parse(start);
            to = LocalTime.parse(end);
            places = Integer.parseInt(capacity.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return refused(
                    code, "shift", messages.get("registry.error.shift"), HttpStatus.BAD_REQUEST, model, response);
        }
        return attempt(
                code,
                "shift",
                model,
                response,
                redirect,
                "registry.notice.shift",
                () -> roster.addShift(code, new DutyShift(weekday, from, to, member, places)));
    }

    @PostMapping("/workstations/{code}/roster/{shift}/remove")
    String removeShift(@PathVariable String code, @PathVariable long shift, RedirectAttributes redirect) {
        Access.require(currentUser.get(), WorkstationController.KEEPERS);
        if (!roster.removeShift(code, shift)) {
            throw new UiErrors.PageNotFound();
        }
        redirect.addFlashAttribute("notice", "registry.notice.shiftRemoved");
        return "redirect:/workstations/" + code;
    }

    @PostMapping("/workstations/{code}/visits")
    String logVisit(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String shift,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "0") String peopleReceived,
            @RequestParam(defaultValue = "0") String problemsCollected,
            @RequestParam(defaultValue = "0") String resolvedOnSpot,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(required = false) List<Long> bookings,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER, Role.STAFF, Role.ADMIN));
        Long shiftId;
        LocalDate on;
        VisitCounts counts;
        try {
            shiftId = shift.isBlank() ? null : Long.parseLong(shift);
            on = LocalDate.parse(date);
            counts = new VisitCounts(
                    Integer.parseInt(peopleReceived.strip()),
                    Integer.parseInt(problemsCollected.strip()),
                    Integer.parseInt(resolvedOnSpot.strip()));
        } catch (NumberFormatException | DateTimeParseException e) {
            return refused(
                    code, "visit", messages.get("registry.error.visit"), HttpStatus.BAD_REQUEST, model, response);
        } catch (RuleViolation e) {
            return refused(code, "visit", messages.refusal(e), HttpStatus.BAD_REQUEST, model, response);
        }
        if (summary.length() > 4000) {
            return refused(
                    code, "visit", messages.get("form.error.tooLong", 4000), HttpStatus.BAD_REQUEST, model, response);
        }
        return attempt(
                code,
                "visit",
                model,
                response,
                redirect,
                "registry.notice.visit",
                () -> visits.log(
                        code, shiftId, member.isBlank() ? null : member, on, counts, summary, bookings, me.actor()));
    }

    /** One problem of a reception becomes a clue; the page names its tracking code. */
    @PostMapping("/visits/{id}/clue")
    String raiseClue(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String booking,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER, Role.STAFF, Role.ADMIN));
        Visits.Visit visit;
        try {
            visit = visits.visit(id);
        } catch (NotFound e) {
            throw new UiErrors.PageNotFound();
        }
        String code = visit.workstation();
        if (title.isBlank()
                || content.isBlank()
                || title.length() > org.tongxin.engine.clue.ClueLimits.TITLE_MAX
                || content.length() > org.tongxin.engine.clue.ClueLimits.CONTENT_MAX) {
            return refused(
                    code,
                    "clue-" + id,
                    messages.get("registry.error.problem"),
                    HttpStatus.BAD_REQUEST,
                    model,
                    response);
        }
        Long bookingId;
        try {
            bookingId = booking.isBlank() ? null : Long.parseLong(booking);
        } catch (NumberFormatException e) {
            return refused(
                    code, "clue-" + id, messages.get("registry.error.slot"), HttpStatus.BAD_REQUEST, model, response);
        }
        try {
            ClueRegistration.Registered receipt = visits.raiseClue(id, bookingId, title, content, me.actor());
            redirect.addFlashAttribute("notice", "registry.notice.clue");
            redirect.addFlashAttribute("noticeArg", receipt.trackingCode());
        } catch (RuleViolation e) {
            return refused(code, "clue-" + id, messages.refusal(e), RuleStatus.of(e), model, response);
        }
        return "redirect:/workstations/" + code;
    }

    /** A member's own duty: their shifts at every station, the bookings ahead, their receptions this year. */
    @GetMapping("/duty")
    String duty(Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("shifts", roster.shiftsOf(me.username()));
        model.addAttribute(
                "bookings",
                roster.bookingsOf(me.username(), today).stream()
                        .map(WorkstationController::masked)
                        .toList());
        model.addAttribute("visits", visits.visitsOf(me.username(), today.getYear()));
        model.addAttribute(
                "stations",
                stations.stationsOf(me.username()).stream()
                        .map(stations::require)
                        .toList());
        model.addAttribute("today", today);
        return "duty";
    }

    private String attempt(
            String code,
            String form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Supplier<Object> action) {
        try {
            action.get();
        } catch (RuleViolation e) {
            return refused(code, form, messages.refusal(e), RuleStatus.of(e), model, response);
        } catch (NotFound e) {
            return refused(code, form, messages.get("registry.error.unknown"), HttpStatus.BAD_REQUEST, model, response);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/workstations/" + code;
    }

    private String refused(
            String code, String form, String message, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        return render(code, Map.of(form, message), model);
    }

    private String renderList(Map<String, String> form, Map<String, String> errors, Model model) {
        TongxinUser me = currentUser.get();
        int year = LocalDate.now(clock).getYear();
        List<StationView> all = stations.list(null);
        Map<String, Visits.Totals> totals = new LinkedHashMap<>();
        for (StationView s : all) {
            totals.put(s.code(), visits.totals(s.code(), year));
        }
        model.addAttribute("stations", all);
        model.addAttribute("totals", totals);
        model.addAttribute("year", year);
        model.addAttribute("keeper", WorkstationController.KEEPERS.contains(me.role()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", StationKind.values());
        return "workstations";
    }

    private String render(String code, Map<String, String> errors, Model model) {
        TongxinUser me = currentUser.get();
        StationView station = stations.find(code).orElseThrow(UiErrors.PageNotFound::new);
        LocalDate today = LocalDate.now(clock);
        boolean keeper = WorkstationController.KEEPERS.contains(me.role());
        boolean attached = station.members().stream().anyMatch(m -> m.username().equals(me.username()));
        model.addAttribute("station", station);
        model.addAttribute("keeper", keeper);
        model.addAttribute("mayLog", keeper || (me.role() == Role.MEMBER && attached));
        model.addAttribute("shifts", roster.shifts(code));
        model.addAttribute(
                "bookings",
                keeper
                        ? roster.bookingsAt(code, today.minusDays(7))
                        : roster.bookingsAt(code, today.minusDays(7)).stream()
                                .filter(b -> attached)
                                .map(WorkstationController::masked)
                                .toList());
        model.addAttribute("visits", visits.visitsAt(code, today.getYear()));
        model.addAttribute("totals", visits.totals(code, today.getYear()));
        model.addAttribute("memberChoices", keeper ? stations.memberChoices() : List.of());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        return "workstation";
    }

    private static StationKind parseKind(String kind) {
        for (StationKind k : StationKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
