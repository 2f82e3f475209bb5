package org.tongxin.infra.citizens;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.OnBehalf;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.RefusedInput;

/**
 * The office's intake page (代为录入): a clue received on paper, by phone, at a workstation or in a meeting, entered
 * on a citizen's behalf (with their consent to keep name and phone, as on the public form) or a member's (picked from
 * the directory). Similar items are suggested while it is typed.
 */
@Controller
class StaffIntakePages {

    /** The channels offered first: the ways things reach the office that no one else enters. */
    static final List<ClueSource> CHANNELS = List.of(
            ClueSource.PAPER_LETTER,
            ClueSource.PHONE_CALL,
            ClueSource.WORKSTATION_VISIT,
            ClueSource.PLENARY_SPEECH,
            ClueSource.GROUP_DISCUSSION,
            ClueSource.CONSTITUENTS,
            ClueSource.MEMBER_RESEARCH,
            ClueSource.HOTLINE_DATA,
            ClueSource.CITIZEN_IDEA);

    record Entry(
            String title,
            String content,
            String channel,
            String district,
            String street,
            String categoryHint,
            String behalf,
            String member,
            String name,
            String phone,
            boolean consent) {

        static Entry empty() {
            return new Entry("", "", "PAPER_LETTER", "", "", "", "CITIZEN", "", "", "", false);
        }

        Entry clean() {
            return new Entry(
                    ControlCharacters.without(title),
                    ControlCharacters.without(content),
                    channel,
                    ControlCharacters.without(district),
                    ControlCharacters.without(street),
                    ControlCharacters.without(categoryHint),
                    behalf,
                    ControlCharacters.without(member),
                    ControlCharacters.without(name),
                    ControlCharacters.without(phone),
                    consent);
        }
    }

    private final StaffClueIntake intake;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Messages messages;

    StaffIntakePages(StaffClueIntake intake, CurrentUser currentUser, Validator validator, Messages messages) {
        this.intake = intake;
        this.currentUser = currentUser;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/clues/new")
    String form(Model model) {
        Access.require(currentUser.get(), Set.of(Role.STAFF));
        return page(model, Entry.empty(), Map.of());
    }

    @PostMapping("/clues/new")
    @InlineFormErrors
    String enter(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String district,
            @RequestParam(defaultValue = "") String street,
            @RequestParam(defaultValue = "") String categoryHint,
            @RequestParam(defaultValue = "CITIZEN") String behalf,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "false") boolean consent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Access.require(currentUser.get(), Set.of(Role.STAFF));
        Entry entry = new Entry(
                title, content, channel, district, street, categoryHint, behalf, member, name, phone, consent);
        Map<String, String> errors = new LinkedHashMap<>();
        Map.of(
                        "title", title,
                        "content", content,
                        "district", district,
                        "street", street,
                        "categoryHint", categoryHint,
                        "member", member,
                        "name", name,
                        "phone", phone)
                .forEach((field, value) -> {
                    if (!ControlCharacters.allowed(value)) {
                        errors.put(field, messages.get("form.error.controlCharacter"));
                    }
                });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, entry.clean(), errors);
        }
        ClueSource source = enumOrNull(ClueSource.class, channel);
        OnBehalf.Kind kind = enumOrNull(OnBehalf.Kind.class, behalf);
        boolean forMember = kind == OnBehalf.Kind.MEMBER;
        StaffClueSubmission submission = new StaffClueSubmission(
                title,
                content,
                source,
                district,
                street,
                categoryHint,
                new StaffClueSubmission.Behalf(
                        kind, forMember ? member : null, forMember ? null : name, forMember ? null : phone, consent));
        for (ConstraintViolation<StaffClueSubmission> v : validator.validate(submission)) {
            String field = formField(v.getPropertyPath().toString());
            errors.putIfAbsent(field, messages.get("intake.error." + field));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, entry, errors);
        }
        ClueReceipt receipt;
        try {
            receipt = intake.register(submission, currentUser.get().actor());
        } catch (RefusedInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, entry, Map.of("member", messages.get("intake.error.member")));
        }
        redirect.addFlashAttribute("entered", receipt.trackingCode());
        return "redirect:/clues/" + receipt.id();
    }

    private String page(Model model, Entry entry, Map<String, String> errors) {
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        model.addAttribute("channels", CHANNELS);
        return "clue-new";
    }

    /** A refused part of the body, as the field of this form it came from. */
    private static String formField(String path) {
        return switch (path) {
            case "onBehalf.kind" -> "behalf";
            case "onBehalf.member", "onBehalf.memberNamed" -> "member";
            case "onBehalf.name" -> "name";
            case "onBehalf.phone" -> "phone";
            case "onBehalf.consentGivenForContact" -> "consent";
            case "onBehalf.contactOfCitizenOnly" -> "name";
            default -> path;
        };
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
