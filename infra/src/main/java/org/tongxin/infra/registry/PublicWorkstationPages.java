package org.tongxin.infra.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.RuleStatus;
import org.tongxin.infra.web.UiErrors;

/**
 * The workstations' public pages: the list, and one station's page with where it is, who is on duty when and the
 * booking of a slot (name, phone with consent, what it is about), one column on a phone.
 */
@Controller
class PublicWorkstationPages {

    private final Stations stations;
    private final PublicWorkstationController view;
    private final Roster roster;
    private final Messages messages;

    PublicWorkstationPages(Stations stations, PublicWorkstationController view, Roster roster, Messages messages) {
        this.stations = stations;
        this.view = view;
        this.roster = roster;
        this.messages = messages;
    }

    /** The booking form as typed, so a refused booking shows it again. */
    record BookingInput(String slot, String name, String phone, boolean consent, String topic) {
        static BookingInput empty() {
            return new BookingInput("", "", "", false, "");
        }
    }

    @GetMapping("/public/workstations")
    String list(Model model) {
        model.addAttribute("stations", stations.list(null));
        return "public/workstations";
    }

    @GetMapping("/public/workstations/{code}")
    String station(@PathVariable String code, Model model) {
        return render(code, BookingInput.empty(), Map.of(), model);
    }

    @PostMapping("/public/workstations/{code}/book")
    String book(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String slot,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "") String topic,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BookingInput input = new BookingInput(slot, name, phone, consent, topic);
        Map<String, String> errors = new LinkedHashMap<>();
        long shiftId = 0;
        LocalDate date = null;
        String[] parts = slot.split("@", 2);
        try {
            shiftId = Long.parseLong(parts[0]);
            date = LocalDate.parse(parts[1]);
        } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            errors.put("slot", messages.get("registry.error.slot"));
        }
        if (name.isBlank() || name.length() > 100) {
            errors.put("name", messages.get("registry.error.name"));
        }
        if (!phone.strip().matches("[0-9+\\- ]{5,20}")) {
            errors.put("phone", messages.get("public.error.phone"));
        }
        if (!consent) {
            errors.put("consent", messages.get("registry.error.consent"));
        }
        if (topic.isBlank() || topic.length() > 500) {
            errors.put("topic", messages.get("registry.error.topic"));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(code, input, errors, model);
        }
        try {
            roster.book(code, shiftId, date, name, phone, true, topic);
        } catch (RuleViolation refused) {
            response.setStatus(RuleStatus.of(refused).value());
            errors.put("slot", messages.refusal(refused));
            return render(code, input, errors, model);
        } catch (NotFound gone) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.put("slot", messages.get("registry.error.slot"));
            return render(code, input, errors, model);
        }
        Roster.Shift shift = roster.shift(shiftId);
        redirect.addFlashAttribute("bookedDate", date);
        redirect.addFlashAttribute("bookedStart", shift.start());
        redirect.addFlashAttribute("bookedMember", shift.memberName());
        return "redirect:/public/workstations/" + code;
    }

    private String render(String code, BookingInput input, Map<String, String> errors, Model model) {
        PublicWorkstationController.PublicStation station;
        try {
            station = view.publicView(code);
        } catch (NotFound e) {
            throw new UiErrors.PageNotFound();
        }
        model.addAttribute("station", station);
        model.addAttribute("booking", input);
        model.addAttribute("errors", errors);
        return "public/workstation";
    }
}
