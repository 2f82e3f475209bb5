package org.tongxin.infra.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.tongxin.engine.shared.Role;

/** The SSO path, built only when {@code tongxin.security.sso.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tongxin.security.sso.enabled", havingValue = "true")
class SsoConfiguration {

    @Bean
    JwtDecoder ssoJwtDecoder(SsoProperties sso) throws IOException {
        List<String> missing = sso.missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Single sign-on is enabled but not configured: set " + missing);
        }
        for (String role : sso.roleMapping().values()) {
            try {
                Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("tongxin.security.sso.role-mapping names no Tongxin role: " + role, e);
            }
        }
        NimbusJwtDecoder decoder;
        if (sso.jwkSetUri() != null && !sso.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(sso.jwkSetUri()).build();
        } else {
            try (InputStream in = sso.publicKeyLocation().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(in);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(sso.clockSkew()));
        validators.add(new JwtIssuerValidator(sso.issuer()));
        if (sso.audience() != null && !sso.audience().isBlank()) {
            validators.add(new JwtClaimValidator<Collection<String>>(
                    "aud", aud -> aud != null && aud.contains(sso.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    @Bean
    SsoAuthentication ssoAuthentication(JwtDecoder decoder, SsoProperties sso, UserAccounts accounts) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt ->
                new BearerAuthentication(account(jwt, sso, accounts), BearerAuthentication.Kind.SSO, false, null));
        return new SsoAuthentication(provider);
    }

    /** The account a valid JWT stands for; a token for nobody Tongxin knows, or with the wrong role, is invalid. */
    static TongxinUser account(Jwt jwt, SsoProperties sso, UserAccounts accounts) {
        String username = jwt.getClaimAsString(sso.usernameClaim());
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("The token names no account (claim " + sso.usernameClaim() + ").");
        }
        TongxinUser user;
        try {
            user = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw new InvalidBearerTokenException("The token's account is not known to Tongxin.");
        }
        if (!user.enabled()) {
            throw new InvalidBearerTokenException("The token's account is disabled.");
        }
        if (sso.rolesClaim() != null && !sso.rolesClaim().isBlank()) {
            List<String> granted = Optional.ofNullable(jwt.getClaimAsStringList(sso.rolesClaim()))
                    .orElse(List.of());
            boolean matches = granted.stream()
                    .map(sso.roleMapping()::get)
                    .anyMatch(role -> role != null && role.equals(user.role().name()));
            if (!matches) {
                throw new InvalidBearerTokenException(
                        "The token's roles do not include the account's role (" + user.role() + ").");
            }
        }
        return user;
    }

    /** The SSO provider, handed to the API chain; a bean of its own type so the chain can ask for it optionally. */
    record SsoAuthentication(AuthenticationProvider provider) {}
}
