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
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes POSTs to the API safe to retry (the IETF Idempotency-Key draft): the first request with a key is processed
 * and its response stored; a retry with the same key and the same body gets the stored response; the same key with
 * another body is refused with 422. Server errors are not stored, so the client may retry them. Runs after
 * authorization, so refused requests store nothing.
 *
 * <p>The key is recorded in the same transaction as the request's effect: the request runs inside a transaction
 * that the application's own {@code @Transactional} services join, and the stored response is written before it
 * commits. A request that never commits (the JVM killed mid-request, a database failure) leaves no key behind, so
 * its retry is processed afresh instead of being told "still being processed" for the whole retention. A retry that
 * arrives while the first is still running waits on the key's row lock and then gets the first one's answer.
 *
 * <p>Keys are scoped per client. A signed-in client's scope is its account. The anonymous public API issues no
 * token or cookie (a citizen posts once, from a phone or a workstation), so an anonymous client's scope is a digest
 * of its address and {@code User-Agent}: a second anonymous client sending the same key gets its own processing,
 * never the first client's tracking code. The price: an anonymous client whose address changes between attempts
 * (a phone moving from Wi-Fi to mobile data) is a new client, and its retry makes a second clue, which the proposal
 * office can merge; a signed-in client keeps its scope everywhere. Account names cannot contain {@code ':'} (HTTP
 * Basic), so the two kinds of scope never collide.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final URI TYPE = URI.create("https://tongxin.org/problems/idempotency");
    private static final int MAX_KEY = 255;

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final IdempotencyProperties properties;
    private final TransactionTemplate transactions;

    public IdempotencyFilter(
            JdbcClient jdbc,
            ObjectMapper objectMapper,
            IdempotencyProperties properties,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {}

    private enum Outcome {
        /** Another request with this key committed first: answer with its response. */
        REPLAY,
        /** The response was stored with the effect, both committed. */
        STORED,
        /** The application rolled its work back and answered with a refusal: store the refusal on its own. */
        REFUSED_AFTER_ROLLBACK,
        /** A server error: nothing is kept, the client may retry. */
        NOT_STORED,
        /** The handler answered success but its transaction was marked for rollback: nothing happened. */
        ROLLED_BACK
    }

    /** Carries a servlet exception out of the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }

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
        String scope = scope(request);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transactions.execute(tx -> {
                // Expired responses, and markers an earlier version left behind by a request that never finished.
                jdbc.sql(
                                """
                        DELETE FROM idempotency_key WHERE principal = :p AND idem_key = :k
                        AND (created_at < :oldest OR status IS NULL)
                        """)
                        .param("p", scope)
                        .param("k", key)
                        .param("oldest", Timestamp.from(Instant.now().minus(properties.retention())))
                        .update();
                // Blocks while another transaction holds the same key, until it commits (then: replay) or rolls back.
                boolean first = jdbc.sql(
                                        """
                                INSERT INTO idempotency_key (principal, idem_key, request_hash) VALUES (:p, :k, :h)
                                ON CONFLICT DO NOTHING
                                """)
                                .param("p", scope)
                                .param("k", key)
                                .param("h", hash)
                                .update()
                        == 1;
                if (!first) {
                    return Outcome.REPLAY;
                }
                try {
                    chain.doFilter(new CachedBodyRequest(request, body), captured);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (captured.getStatus() >= 500) {
                    tx.setRollbackOnly();
                    return Outcome.NOT_STORED;
                }
                if (tx.isRollbackOnly()) {
                    // A service's own transaction failed; roll back quietly. A refusal is stored on its own; a
                    // success whose work was rolled back must not be reported, nor stored.
                    tx.setRollbackOnly();
                    return captured.getStatus() >= 400 ? Outcome.REFUSED_AFTER_ROLLBACK : Outcome.ROLLED_BACK;
                }
                store(scope, key, captured);
                return Outcome.STORED;
            });
        } catch (ChainFailure e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) e.getCause();
        } catch (TransactionException | DataAccessException e) {
            // Nothing was committed and nothing was sent yet: tell the client to retry with the same key.
            logger.warn("An idempotent request was not committed", e);
            captured.resetBuffer();
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problem(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The request was not recorded; retry it with the same Idempotency-Key.");
            return;
        }
        if (outcome == Outcome.ROLLED_BACK) {
            logger.error("A request answered " + captured.getStatus() + " but its transaction was rolled back");
            captured.resetBuffer();
            response.reset();
            problem(
                    request,
                    response,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "The request was not recorded; retry it with the same Idempotency-Key.");
            return;
        }
        if (outcome == Outcome.REPLAY) {
            replay(request, response, scope, key, hash);
            return;
        }
        if (outcome == Outcome.REFUSED_AFTER_ROLLBACK) {
            transactions.executeWithoutResult(tx -> {
                jdbc.sql(
                                """
                        INSERT INTO idempotency_key (principal, idem_key, request_hash) VALUES (:p, :k, :h)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("p", scope)
                        .param("k", key)
                        .param("h", hash)
                        .update();
                store(scope, key, captured);
            });
        }
        captured.copyBodyToResponse();
    }

    private void store(String scope, String key, ContentCachingResponseWrapper captured) {
        jdbc.sql(
                        """
                UPDATE idempotency_key SET status = :s, content_type = :ct, location = :loc, body = :b
                WHERE principal = :p AND idem_key = :k AND status IS NULL
                """)
                .param("s", captured.getStatus())
                .param("ct", captured.getContentType())
                .param("loc", captured.getHeader(HttpHeaders.LOCATION))
                .param("b", captured.getContentAsByteArray())
                .param("p", scope)
                .param("k", key)
                .update();
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
            // The first request ended in a server error between our insert attempt and this read: nothing stored.
            problem(request, response, HttpStatus.CONFLICT, "The first request with this key just ended; retry.");
        } else if (!stored.get().requestHash().equals(hash)) {
            problem(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "This Idempotency-Key was used for a different request.");
        } else if (stored.get().status() == null) {
            // Only a row written before keys were recorded with their effect can look like this for a moment.
            problem(request, response, HttpStatus.CONFLICT, "The first request with this key just ended; retry.");
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

    /** The account, or for anonymous clients a digest of address and User-Agent (no token is issued to them). */
    static String scope(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        String client =
                request.getRemoteAddr() + "\n" + Objects.requireNonNullElse(request.getHeader("User-Agent"), "");
        return "anonymous:" + sha256(client.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
