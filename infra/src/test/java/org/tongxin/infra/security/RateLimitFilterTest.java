package org.tongxin.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

    private final RateLimitFilter filter =
            new RateLimitFilter(new RateLimitProperties(true, 2, Duration.ofHours(1), 1000), new ObjectMapper());

    @Test
    void aClientOverItsLimitGetsA429ProblemFromTheApi() throws Exception {
        assertThat(post("/api/public/clues", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(post("/api/public/clues", "10.0.0.1").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = post("/api/public/clues", "10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("rate-limited");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void eachClientHasItsOwnBucket() throws Exception {
        post("/api/public/clues", "10.0.0.2");
        post("/api/public/clues", "10.0.0.2");
        assertThat(post("/api/public/clues", "10.0.0.2").getStatus()).isEqualTo(429);

        assertThat(post("/api/public/clues", "10.0.0.3").getStatus()).isEqualTo(200);
    }

    @Test
    void thePublicPagesShareTheLimitAndGetAnErrorPage() throws Exception {
        post("/public/submit", "10.0.0.4");
        post("/api/public/clues", "10.0.0.4");

        MockHttpServletResponse refused = post("/public/submit", "10.0.0.4");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getErrorMessage()).isNull();
        assertThat(refused.getContentType()).isNull();
    }

    @Test
    void readsAndSignedInEndpointsAreNotLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletRequest get = new MockHttpServletRequest("GET", "/public/track/TX-1");
            get.setRemoteAddr("10.0.0.5");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(get, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(post("/api/tasks/1/complete", "10.0.0.5").getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse post(String uri, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
