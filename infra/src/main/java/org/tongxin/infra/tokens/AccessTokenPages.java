package org.tongxin.infra.tokens;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.accesstoken.TokenScope;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;

/**
 * Every signed-in user's own access tokens: create one (its secret is shown on the answer page only, never
 * redirected to or kept in the session), see when each was last used, revoke one.
 */
@Controller
class AccessTokenPages {

    /** The lifetimes offered; the API takes any number of days up to a year. */
    static final List<Integer> LIFETIMES = List.of(30, 90, 180, 366);

    private final AccessTokens tokens;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    AccessTokenPages(AccessTokens tokens, CurrentUser currentUser, Messages messages, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("notice", "revoked".equals(done) ? "tokens.revoked" : null);
        return page(Map.of(), Map.of(), null, null, model);
    }

    @PostMapping("/account/tokens")
    @InlineFormErrors
    String issue(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) Integer days,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name == null ? "" : name);
        values.put("scope", scope == null ? "" : scope);
        values.put("days", days == null ? "" : days.toString());
        Map<String, String> errors = new LinkedHashMap<>();
        if (!ControlCharacters.allowed(values.get("name"))) {
            errors.put("name", messages.get("tokens.error.name"));
            values.put("name", ControlCharacters.without(values.get("name")));
        } else if (name == null || name.isBlank() || name.strip().length() > 60) {
            errors.put("name", messages.get("tokens.error.name"));
        }
        TokenScope chosen = "READ".equals(scope) ? TokenScope.READ : "WRITE".equals(scope) ? TokenScope.WRITE : null;
        if (chosen == null) {
            errors.put("scope", messages.get("tokens.error.scope"));
        }
        if (days == null || !LIFETIMES.contains(days)) {
            errors.put("days", messages.get("tokens.error.days"));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(values, errors, null, null, model);
        }
        try {
            AccessTokens.Issued issued =
                    tokens.issue(me, name, chosen, clock.instant().plus(Duration.ofDays(days)));
            return page(Map.of(), Map.of(), issued, null, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(values, Map.of(), null, messages.refusal(e), model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable String id, Model model, HttpServletResponse response) {
        try {
            tokens.revoke(currentUser.get(), id);
            return "redirect:/account/tokens?done=revoked";
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(Map.of(), Map.of(), null, messages.refusal(e), model);
        }
    }

    private String page(
            Map<String, String> values,
            Map<String, String> errors,
            AccessTokens.Issued issued,
            String refusal,
            Model model) {
        model.addAttribute("tokens", tokens.list(currentUser.get().username()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("issued", issued);
        model.addAttribute("refusal", refusal);
        model.addAttribute("lifetimes", LIFETIMES);
        return "tokens";
    }
}
