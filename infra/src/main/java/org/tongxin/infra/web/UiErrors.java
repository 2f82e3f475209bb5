package org.tongxin.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.tongxin.infra.persistence.DatabaseOutage;
import org.tongxin.processes.task.TaskAlreadyCompleted;
import org.tongxin.processes.task.TaskConflict;
import org.tongxin.processes.task.TaskNotFound;
import org.tongxin.processes.task.TaskNotPermitted;

/**
 * Errors of the pages as pages, for the page controllers of every feature package. Ordered after the API's
 * problem-detail advice, which takes every REST controller and answers every exception, so a browser never gets
 * JSON from a page and an API client never gets a page.
 */
@ControllerAdvice(basePackages = "org.tongxin.infra")
@Order(ApiProblems.ORDER + 1)
public class UiErrors {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    /** A task that does not exist and one of another department look the same, so ids cannot be probed. */
    @ExceptionHandler({TaskNotFound.class, PageNotFound.class, NotFound.class})
    ModelAndView notFound(HttpServletRequest request) {
        return page(HttpStatus.NOT_FOUND, request);
    }

    /** Posting a task twice (back button, a second tab, a colleague was faster) is told as 已办结, not "not found". */
    @ExceptionHandler(TaskAlreadyCompleted.class)
    ModelAndView alreadyCompleted(HttpServletRequest request) {
        return page(HttpStatus.CONFLICT, request).addObject("reason", "taskCompleted");
    }

    /** A page that needs something this installation lacks says what, without a stack trace and without a 500. */
    @ExceptionHandler(Unavailable.class)
    ModelAndView unavailable(Unavailable e, HttpServletRequest request) {
        log.warn("{}: {}", request.getRequestURI(), e.getMessage());
        return page(HttpStatus.SERVICE_UNAVAILABLE, request).addObject("reason", e.reason());
    }

    @ExceptionHandler(TaskNotPermitted.class)
    ModelAndView notPermitted(HttpServletRequest request) {
        return page(HttpStatus.FORBIDDEN, request);
    }

    /** The read side's access rules ({@code Access}) refuse with a status, e.g. 403 for another department. */
    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView withStatus(ResponseStatusException e, HttpServletRequest request) {
        return page(HttpStatus.valueOf(e.getStatusCode().value()), request);
    }

    @ExceptionHandler({
        BadRequest.class,
        ServletRequestBindingException.class,
        MethodArgumentTypeMismatchException.class,
        BindException.class
    })
    ModelAndView badRequest(HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, request);
    }

    /** A parameter or path holding a control character: said in words, the field is named on the API only. */
    @ExceptionHandler(RefusedInput.class)
    ModelAndView refusedInput(HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, request).addObject("reason", "controlCharacter");
    }

    @ExceptionHandler({
        TaskConflict.class,
        ConcurrencyException.class,
        AggregateStreamCreationException.class,
        ConcurrencyFailureException.class,
        DuplicateKeyException.class
    })
    ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Conflicts.RETRY_AFTER_SECONDS));
        return page(HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (Conflicts.find(e) != null) {
            return conflict(request, response);
        }
        if (DatabaseOutage.causedBy(e)) {
            log.warn("The database cannot be reached (page): {}", e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
            return page(HttpStatus.SERVICE_UNAVAILABLE, request);
        }
        log.error("Unexpected error on a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** {@code path} as Spring Boot's own error page has it, so the page can lead a citizen back to public pages. */
    private static ModelAndView page(HttpStatus status, HttpServletRequest request) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject(
                "path",
                request.getRequestURI().substring(request.getContextPath().length()));
        return view;
    }

    /**
     * What this installation lacks for a page, e.g. the CJK font a printable document is typeset in; {@code reason}
     * names the {@code error.<reason>.*} messages that tell the reader.
     */
    public static final class Unavailable extends RuntimeException {
        private final String reason;

        public Unavailable(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** A request the page cannot answer, e.g. a period that ends before it begins. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest() {
            super("bad request");
        }
    }

    /** A page about something that does not exist, or that the viewer may not know exists. */
    public static final class PageNotFound extends RuntimeException {
        public PageNotFound() {
            super("not found");
        }
    }
}
