package org.tongxin.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.tongxin.infra.persistence.DatabaseOutage;

/**
 * Three chains. The API: bearer tokens (personal access tokens, and the SSO's JWTs when enabled) or HTTP Basic, stateless, no CSRF (no cookies are issued); {@code /api/public/**} and the health
 * probe are open, everything else under {@code /api} needs an account; errors are problem details; POSTs may carry
 * an {@code Idempotency-Key}. The API documentation: signed-in users only. The UI: form login with a session and CSRF tokens; the public pages are open.
 * Both send a strict Content-Security-Policy: the pages load nothing but their own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages: own scripts, styles and images only (QR codes are inline SVG markup, not data URLs). */
    static final String UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    /** Swagger UI's page sets a few styles inline; it is signed-in only and loads nothing from elsewhere. */
    static final String DOCS_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; object-src 'none'";

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint problems,
            JdbcClient jdbc,
            ObjectMapper objectMapper,
            IdempotencyProperties idempotency,
            PlatformTransactionManager transactionManager,
            PersonalAccessTokens accessTokens,
            ObjectProvider<SsoConfiguration.SsoAuthentication> sso)
            throws Exception {
        AuthenticationManager bearer = bearerAuthentication(accessTokens, sso.getIfAvailable());
        ReadOnlyTokenFilter readOnly = new ReadOnlyTokenFilter(problems);
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/api/public/**", "/actuator/health/**", "/actuator/health")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .hasRole("ADMIN")
                                // the registry: its keepers, the members who log receptions, and its readers, decided
                                // before a body is read so a refusal is a refusal whatever was sent
                                .requestMatchers(
                                        HttpMethod.POST,
                                        "/api/workstations",
                                        "/api/workstations/*/members",
                                        "/api/workstations/*/contact-points",
                                        "/api/workstations/*/roster")
                                .hasAnyRole("STAFF", "ADMIN")
                                .requestMatchers(
                                        HttpMethod.POST,
                                        "/api/workstations/*/visits",
                                        "/api/visits/*/clues",
                                        "/api/research-topics",
                                        "/api/research-topics/**")
                                .hasAnyRole("STAFF", "ADMIN", "MEMBER")
                                // the studio: process designers and administrators only, reads included
                                .requestMatchers("/api/processes/**")
                                .hasAnyRole("DESIGNER", "ADMIN")
                                .requestMatchers("/api/calendar/**")
                                .hasAnyRole("DESIGNER", "ADMIN")
                                .requestMatchers("/api/workstations/**", "/api/visits/**", "/api/research-topics/**")
                                .hasAnyRole("STAFF", "ADMIN", "MEMBER", "LEADER", "SUPERVISOR", "DESIGNER")
                                .anyRequest()
                                .authenticated())
                .oauth2ResourceServer(bearerTokens -> bearerTokens
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // kept for existing clients; tokens are the documented way (ADR 0024)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> strictHeaders(headers, API_CSP))
                .addFilterAfter(readOnly, AuthorizationFilter.class)
                .addFilterAfter(
                        new IdempotencyFilter(jdbc, objectMapper, idempotency, transactionManager),
                        ReadOnlyTokenFilter.class)
                .build();
    }

    /**
     * Bearer tokens of both kinds on one header: a personal access token is recognised by its prefix and checked by
     * digest; anything else is a JWT for the single sign-on, when that is enabled.
     */
    private static AuthenticationManager bearerAuthentication(
            PersonalAccessTokens accessTokens, SsoConfiguration.SsoAuthentication sso) {
        return authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            if (token.startsWith(PersonalAccessTokens.PREFIX)) {
                return accessTokens.authenticate(token);
            }
            if (sso == null) {
                throw new InvalidBearerTokenException("The token is not a Tongxin access token.");
            }
            return sso.provider().authenticate(authentication);
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain docs(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login"))
                .headers(headers -> strictHeaders(headers, DOCS_CSP))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/public/**", "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/studio", "/studio/**")
                        .hasAnyRole("DESIGNER", "ADMIN")
                        .requestMatchers("/calendar", "/calendar/**")
                        .hasAnyRole("DESIGNER", "ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        // A database outage during sign-in is not a wrong password: say so.
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (DatabaseOutage.causedBy(e) ? "/login?unavailable" : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> strictHeaders(headers, UI_CSP))
                .build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers, String csp) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /** Before security, so floods of anonymous requests are turned away before any other work. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, ObjectMapper objectMapper) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(properties, objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/public/*", "/public/*");
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
