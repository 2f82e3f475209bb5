package org.tongxin.infra.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request. */
@Component
public class CurrentUser {

    public TongxinUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof TongxinUser user)) {
            throw new IllegalStateException("no signed-in user");
        }
        return user;
    }
}
