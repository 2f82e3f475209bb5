package org.tongxin.infra.consultations;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.RuleStatus;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.consultation.ListPublicTopics;
import org.tongxin.projections.consultation.PublicTopics;
import org.tongxin.projections.consultation.TopicView;

/**
 * The public's consultation pages (协商在线): topics open for opinions and the results of concluded ones; a topic's
 * page with its published opinions and, while it is open, the opinion form. No account; never a name or phone.
 */
@Controller
class PublicConsultationPages {

    private static final int LIMIT = 50;

    private final Consultations consultations;
    private final QueryGateway queries;
    private final Validator validator;
    private final Messages messages;

    PublicConsultationPages(Consultations consultations, QueryGateway queries, Validator validator, Messages messages) {
        this.consultations = consultations;
        this.queries = queries;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/public/consultations")
    String list(Model model) {
        PublicTopics topics = queries.query(new ListPublicTopics(LIMIT), ResponseTypes.instanceOf(PublicTopics.class))
                .join();
        model.addAttribute("open", topics.open());
        model.addAttribute("concluded", topics.concluded());
        return "public/consultations";
    }

    @GetMapping("/public/consultations/{id}")
    String topic(@PathVariable String id, Model model) {
        return render(id, new OpinionSubmission("", "", "", false), Map.of(), model);
    }

    @PostMapping("/public/consultations/{id}/opinions")
    @InlineFormErrors
    String submit(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "false") boolean consent,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map.of("text", text, "name", name, "phone", phone).forEach((field, value) -> {
            if (!ControlCharacters.allowed(value)) {
                errors.put(field, messages.get("form.error.controlCharacter"));
            }
        });
        OpinionSubmission shown = new OpinionSubmission(
                ControlCharacters.without(text),
                ControlCharacters.without(name),
                ControlCharacters.without(phone),
                consent);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(id, shown, errors, model);
        }
        OpinionSubmission submission = new OpinionSubmission(text, name, phone, consent);
        for (ConstraintViolation<OpinionSubmission> v : validator.validate(submission)) {
            String field = v.getPropertyPath().toString();
            errors.putIfAbsent(
                    field.equals("consentGivenForContact") ? "consent" : field,
                    messages.get("public.consultation.error." + field));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(id, shown, errors, model);
        }
        try {
            String code = consultations.submitOpinion(id, submission);
            redirect.addFlashAttribute("receipt", code);
            return "redirect:/public/consultations/" + id;
        } catch (RuleViolation e) {
            response.setStatus(RuleStatus.of(e).value());
            model.addAttribute("refusal", messages.refusal(e));
            return render(id, shown, Map.of(), model);
        }
    }

    private String render(String id, OpinionSubmission form, Map<String, String> errors, Model model) {
        TopicView topic = consultations.find(id, null).orElseThrow(UiErrors.PageNotFound::new);
        model.addAttribute("topic", topic);
        model.addAttribute("opinions", topic.publicOpinions());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "public/consultation";
    }
}
