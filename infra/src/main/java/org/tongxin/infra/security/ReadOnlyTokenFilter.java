package org.tongxin.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A read-only token reads: any other method is refused with 403 before a controller sees it. */
final class ReadOnlyTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final ProblemAuthenticationEntryPoint problems;

    ReadOnlyTokenFilter(ProblemAuthenticationEntryPoint problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerAuthentication bearer
                && bearer.readOnly()
                && !READING.contains(request.getMethod())) {
            problems.handle(request, response, new ReadOnlyToken());
            return;
        }
        chain.doFilter(request, response);
    }

    static final class ReadOnlyToken extends AccessDeniedException {

        ReadOnlyToken() {
            super("This token is read-only; create a read-write token to change anything.");
        }
    }
}
