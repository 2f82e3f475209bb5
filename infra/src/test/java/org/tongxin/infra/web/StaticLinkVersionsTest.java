package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

class StaticLinkVersionsTest {

    /** A resource chain behind the {@code /**} mapping, as Spring Boot's, recording what it is asked. */
    private static final class Recording extends AbstractResourceResolver {
        final List<String> asked = new ArrayList<>();

        @Override
        protected Resource resolveResourceInternal(
                HttpServletRequest request,
                String path,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return null;
        }

        @Override
        protected String resolveUrlPathInternal(
                String path, List<? extends Resource> locations, ResourceResolverChain chain) {
            asked.add(path);
            return path.equals("webjars/htmx.org/dist/htmx.min.js") ? "webjars/htmx.org/2.0.4/dist/htmx.min.js" : null;
        }
    }

    @Test
    void onlyLinksToStaticFilesAreLookedUpAndVersioned() throws Exception {
        Recording recording = new Recording();
        ResourceHttpRequestHandler files = new ResourceHttpRequestHandler();
        files.setResourceResolvers(List.of(recording));
        ResourceUrlProvider chain = new ResourceUrlProvider();
        chain.setHandlerMap(Map.of("/**", files));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/inbox");
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, chain);
        List<String> written = new ArrayList<>();
        new StaticLinkVersions().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            HttpServletResponse page = (HttpServletResponse) res;
            written.add(page.encodeURL("/webjars/htmx.org/dist/htmx.min.js"));
            written.add(page.encodeURL("/cases/clue-1"));
            written.add(page.encodeURL("/tasks/42?from=inbox"));
            written.add(page.encodeURL("/css/missing.css"));
        });

        assertThat(written)
                .containsExactly(
                        "/webjars/htmx.org/2.0.4/dist/htmx.min.js",
                        "/cases/clue-1",
                        "/tasks/42?from=inbox",
                        "/css/missing.css");
        // a page's links to cases and tasks never reach the chain, whose misses search the class path each time
        assertThat(recording.asked).containsExactly("webjars/htmx.org/dist/htmx.min.js", "css/missing.css");
    }
}
