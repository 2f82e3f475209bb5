package org.tongxin.infra.web;

import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongxin.infra.security.TongxinUser;

/** What every page's header needs: the signed-in user, if any. */
@ControllerAdvice(basePackages = "org.tongxin.infra")
class UiModel {

    private final Environment environment;

    UiModel(Environment environment) {
        this.environment = environment;
    }

    @ModelAttribute("me")
    TongxinUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TongxinUser user ? user : null;
    }

    /** Demo accounts exist only on the embedded default, so the login page names them only there. */
    @ModelAttribute("demoAccounts")
    boolean demoAccounts() {
        return environment.getProperty("spring.datasource.url") == null;
    }
}
