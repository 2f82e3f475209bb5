package org.tongxin.infra.security;

import org.springframework.security.core.AuthenticationException;

/** Checks a personal access token's secret; the API chain hands it every bearer token with the token prefix. */
public interface PersonalAccessTokens {

    /**
     * Personal access tokens start so: it tells them from the SSO's JWTs (which start {@code eyJ}) and lets secret
     * scanners recognise a leaked one.
     */
    String PREFIX = "txp_";

    /** The account and scope the token stands for; an {@link AuthenticationException} when it is unknown, expired or revoked. */
    BearerAuthentication authenticate(String secret) throws AuthenticationException;
}
