package org.tongxin.infra.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit before it is read: a declared {@code Content-Length} over it is answered
 * 413 at once; a body without one (chunked) is counted as it is read and the read fails at the limit, which the
 * API answers 413 too ({@code ApiProblems}). Tomcat's form-post and swallow limits (application.yml) bound what it
 * parses or drains by itself.
 */
class BodySizeLimit extends OncePerRequestFilter {

    static final URI TYPE = URI.create("https://tongxin.org/problems/payload-too-large");

    private final long maxTextBytes;
    private final long maxUploadBytes;
    private final ObjectMapper objectMapper;

    /** {@code maxUploadBytes} bounds multipart requests (files: tongxin.attachments.max-request-size). */
    BodySizeLimit(long maxBytes, long maxUploadBytes, ObjectMapper objectMapper) {
        this.maxTextBytes = maxBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        long maxBytes = contentType != null
                        && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                ? maxUploadBytes
                : maxTextBytes;
        if (request.getContentLengthLong() > maxBytes) {
            // the connection is closed after the answer, so a client need not send the rest
            response.setHeader("Connection", "close");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                objectMapper.writeValue(response.getOutputStream(), problem(maxBytes));
                // sent now: Tomcat drains (swallows) the unread body before it would finish the response
                response.flushBuffer();
            } else {
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(new Counted(request, maxBytes), response);
    }

    static ProblemDetail problem(long maxBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes.");
        problem.setType(TYPE);
        problem.setTitle("Request too large");
        return problem;
    }

    /** Thrown by a body read past the limit. */
    static final class BodyTooLarge extends IOException {
        final long maxBytes;

        BodyTooLarge(long maxBytes) {
            super("request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long count;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLarge {
            count += n;
            if (count > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
