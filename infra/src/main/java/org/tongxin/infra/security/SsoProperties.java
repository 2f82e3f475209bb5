package org.tongxin.infra.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The committee's single sign-on for API clients (off by default): JWTs its identity provider signs, checked with
 * Spring Security's resource-server support. A JWT stands for an existing Tongxin account, named by
 * {@code usernameClaim}; when {@code rolesClaim} is set, one of its values must map (through {@code roleMapping}) to
 * that account's role, so the identity provider cannot widen what an account may do.
 *
 * @param enabled whether API calls may carry the identity provider's JWTs
 * @param issuer the {@code iss} every token must carry
 * @param jwkSetUri where the provider publishes its signing keys (preferred: keys rotate without a restart)
 * @param publicKeyLocation an RSA public key (PEM) instead, for providers without a key set endpoint
 * @param audience when set, the {@code aud} a token must include
 * @param usernameClaim the claim naming the account
 * @param rolesClaim the claim listing the provider's roles; empty: the account's role is taken as it is
 * @param roleMapping the provider's role names → Tongxin roles (e.g. {@code cppcc-office: STAFF})
 * @param clockSkew tolerance for the token's times
 */
@ConfigurationProperties("tongxin.security.sso")
public record SsoProperties(
        @DefaultValue("false") boolean enabled,
        String issuer,
        String jwkSetUri,
        Resource publicKeyLocation,
        String audience,
        @DefaultValue("preferred_username") String usernameClaim,
        String rolesClaim,
        Map<String, String> roleMapping,
        @DefaultValue("60s") Duration clockSkew) {

    public SsoProperties {
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
    }

    List<String> missing() {
        if (!enabled) {
            return List.of();
        }
        java.util.ArrayList<String> missing = new java.util.ArrayList<>();
        if (issuer == null || issuer.isBlank()) {
            missing.add("tongxin.security.sso.issuer");
        }
        if ((jwkSetUri == null || jwkSetUri.isBlank()) && publicKeyLocation == null) {
            missing.add("tongxin.security.sso.jwk-set-uri or tongxin.security.sso.public-key-location");
        }
        return missing;
    }
}
