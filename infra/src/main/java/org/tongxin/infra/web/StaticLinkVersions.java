package org.tongxin.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes the version into the links to static files ({@code /webjars/htmx.org/2.0.4/…}, so a browser never keeps an
 * old copy), and leaves every other link alone without looking it up. Spring Boot's own filter, which this replaces
 * (it is not installed while a {@link ResourceUrlEncodingFilter} is), sent every link of a page through the resource
 * chain, whose static mapping is {@code /**}: for a link that is not a file (a case, a task, a page: nearly all of
 * them) the chain searched the whole class path again, as a miss is never cached, and JFR put most of a long list's
 * time there (ADR 37).
 */
@Component
class StaticLinkVersions extends ResourceUrlEncodingFilter {

    /** Where the static files are served from: the WebJars and the application's own {@code static/} folders. */
    private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http && response instanceof HttpServletResponse page)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(page) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versioned(http, url));
            }
        });
    }

    private static String versioned(HttpServletRequest request, String url) {
        String path = url.startsWith(request.getContextPath())
                ? url.substring(request.getContextPath().length())
                : url;
        if (STATIC.stream().noneMatch(path::startsWith)
                || !(request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                        instanceof ResourceUrlProvider provider)) {
            return url;
        }
        String resolved = provider.getForRequestUrl(request, url);
        return resolved == null ? url : resolved;
    }
}
