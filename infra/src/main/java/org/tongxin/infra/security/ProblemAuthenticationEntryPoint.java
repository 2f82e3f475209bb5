package org.tongxin.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.tongxin.infra.persistence.DatabaseOutage;

/** 401 and 403 as RFC 9457 problem details, like every other API error. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.causedBy(e)) {
            // The account lookup failed because the database is gone: not bad credentials, so not 401.
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached; nothing was changed. Retry later.");
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // RFC 6750: say the token was refused, never why in detail (expired, unknown and forged look alike)
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tongxin\", error=\"invalid_token\"");
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "The token is unknown, expired, revoked or not signed by the committee's sign-on; "
                            + "create a new token or sign in again.");
            return;
        }
        response.addHeader("WWW-Authenticate", "Bearer realm=\"tongxin\"");
        response.addHeader("WWW-Authenticate", "Basic realm=\"tongxin\"");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign in to use this resource: send a personal access token.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof ReadOnlyTokenFilter.ReadOnlyToken
                        ? e.getMessage()
                        : "Your role may not use this resource.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
