package org.tongxin.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes POSTs to the API safe to retry (the IETF Idempotency-Key draft): the first request with a key is processed
 * and its response stored; a retry with the same key and the same body gets the stored response; the same key with
 * another body is refused with 422; a retry while the first is still running gets 409. Server errors are not
 * stored, so the client may retry them. Runs after authorization, so refused requests store nothing.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final URI TYPE = URI.create("https://tongxin.org/problems/idempotency");
    private static final int MAX_KEY = 255;

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final IdempotencyProperties properties;

    public IdempotencyFilter(JdbcClient jdbc, ObjectMapper objectMapper, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.properties = properties;
    }

    private record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problem(request, response, HttpStatus.BAD_REQUEST, "The Idempotency-Key must be 1 to 255 characters.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        String principal = principal();
        jdbc.sql("DELETE FROM idempotency_key WHERE principal = :p AND idem_key = :k AND created_at < :oldest")
                .param("p", principal)
                .param("k", key)
                .param("oldest", Timestamp.from(Instant.now().minus(properties.retention())))
                .update();
        boolean first = jdbc.sql(
                                """
                        INSERT INTO idempotency_key (principal, idem_key, request_hash) VALUES (:p, :k, :h)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("p", principal)
                        .param("k", key)
                        .param("h", hash)
                        .update()
                == 1;
        if (!first) {
            replay(request, response, principal, key, hash);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
            if (captured.getStatus() < 500) {
                jdbc.sql(
                                """
                        UPDATE idempotency_key SET status = :s, content_type = :ct, location = :loc, body = :b
                        WHERE principal = :p AND idem_key = :k
                        """)
                        .param("s", captured.getStatus())
                        .param("ct", captured.getContentType())
                        .param("loc", captured.getHeader(HttpHeaders.LOCATION))
                        .param("b", captured.getContentAsByteArray())
                        .param("p", principal)
                        .param("k", key)
                        .update();
                stored = true;
            }
        } finally {
            if (!stored) {
                forget(principal, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(
            HttpServletRequest request, HttpServletResponse response, String principal, String key, String hash)
            throws IOException {
        Optional<Stored> stored = jdbc.sql(
                        """
                SELECT request_hash, status, content_type, location, body FROM idempotency_key
                WHERE principal = :p AND idem_key = :k
                """)
                .param("p", principal)
                .param("k", key)
                .query((rs, i) -> new Stored(
                        rs.getString("request_hash"),
                        (Integer) rs.getObject("status"),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
                .optional();
        if (stored.isEmpty()) {
            problem(request, response, HttpStatus.CONFLICT, "The first request with this key just ended; retry.");
        } else if (!stored.get().requestHash().equals(hash)) {
            problem(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was used for a different request.");
        } else if (stored.get().status() == null) {
            problem(request, response, HttpStatus.CONFLICT, "A request with this key is still being processed.");
        } else {
            Stored s = stored.get();
            response.setStatus(s.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (s.contentType() != null) {
                response.setContentType(s.contentType());
            }
            if (s.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, s.location());
            }
            if (s.body() != null && s.body().length > 0) {
                response.getOutputStream().write(s.body());
            }
        }
    }

    private void forget(String principal, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE principal = :p AND idem_key = :k")
                .param("p", principal)
                .param("k", key)
                .update();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(TYPE);
        problem.setTitle("Idempotency-Key conflict");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private static String principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "anonymous" : auth.getName();
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The request with its body read once into memory, so the controller can read it again. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
