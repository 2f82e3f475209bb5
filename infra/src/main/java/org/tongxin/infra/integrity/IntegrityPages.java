package org.tongxin.infra.integrity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;

/**
 * 存证核验: the supervisor's and administrator's page to verify the whole record or a range of positions, with the
 * first broken position in words, and the public key an outside auditor checks the signed checkpoints with.
 */
@Controller
class IntegrityPages {

    private final ChainVerification verification;
    private final SigningKey signingKey;
    private final CurrentUser currentUser;
    private final UiFormat format;
    private final Messages messages;

    IntegrityPages(
            ChainVerification verification,
            SigningKey signingKey,
            CurrentUser currentUser,
            UiFormat format,
            Messages messages) {
        this.verification = verification;
        this.signingKey = signingKey;
        this.currentUser = currentUser;
        this.format = format;
        this.messages = messages;
    }

    @GetMapping("/integrity")
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String run,
            Model model) {
        Access.require(currentUser.get(), IntegrityController.VERIFIERS);
        Map<String, String> errors = new HashMap<>();
        Long first = position("from", from, errors);
        Long last = position("to", to, errors);
        if (first != null && last != null && first > last) {
            errors.put("to", messages.get("integrity.error.toBeforeFrom"));
        }
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        model.addAttribute("errors", errors);
        if (run != null && errors.isEmpty()) {
            model.addAttribute(
                    "result", IntegrityController.answer(verification.verify(first, last), format, messages));
        }
        model.addAttribute(
                "publicKey", signingKey.keys().map(k -> Sm2.pem(k.getPublic())).orElse(null));
        return "integrity";
    }

    private Long position(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number below 1
        }
        errors.put(field, messages.get("integrity.error.position"));
        return null;
    }
}
