package org.tongxin.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.persistence.DatabaseOutage;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.TaskAlreadyCompleted;
import org.tongxin.processes.task.TaskConflict;
import org.tongxin.processes.task.TaskNotFound;
import org.tongxin.processes.task.TaskNotPermitted;
import org.tongxin.projections.ops.ReplayBlocked;

/**
 * Every API error as an RFC 9457 problem detail. Field errors name the field ({@code errors[].field}); a domain
 * refusal carries its stable rule code ({@code code}) so clients can react without parsing text. It takes every REST
 * controller, whatever feature package holds it, before the pages' advice.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(ApiProblems.ORDER)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final URI VALIDATION = URI.create("https://tongxin.org/problems/validation");
    static final URI RULE = URI.create("https://tongxin.org/problems/rule-violation");
    static final URI CONFLICT = URI.create("https://tongxin.org/problems/conflict");
    static final URI UNAVAILABLE = URI.create("https://tongxin.org/problems/unavailable");
    static final URI TASK_COMPLETED = URI.create("https://tongxin.org/problems/task-completed");

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(RuleStatus.of(e), e.getMessage());
        problem.setType(RULE);
        problem.setTitle("The request breaks a rule");
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(FormRejected.class)
    ProblemDetail formRejected(FormRejected e) {
        return validation(e.errors());
    }

    @ExceptionHandler(TaskNotFound.class)
    ProblemDetail taskNotFound(TaskNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(TaskAlreadyCompleted.class)
    ProblemDetail taskAlreadyCompleted(TaskAlreadyCompleted e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "This task has already been completed (已办结); nothing was changed.");
        problem.setType(TASK_COMPLETED);
        problem.setTitle("Task already completed");
        problem.setProperty("taskId", e.taskId());
        return problem;
    }

    @ExceptionHandler(ReplayBlocked.class)
    ProblemDetail replayBlocked(ReplayBlocked e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Another node is processing projection " + e.group()
                        + "; stop the other nodes, then replay. Nothing was changed.");
        problem.setType(CONFLICT);
        problem.setTitle("Replay needs every node but this one stopped");
        return problem;
    }

    @ExceptionHandler(TaskNotPermitted.class)
    ProblemDetail taskNotPermitted(TaskNotPermitted e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RefusedInput.class)
    ProblemDetail refusedInput(RefusedInput e) {
        return validation(e.errors());
    }

    /** A bound on a parameter ({@code @Min}, {@code @Max} …) checked by the controller's validating proxy. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return validation(e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
    }

    @ExceptionHandler({
        TaskConflict.class,
        ConcurrencyException.class,
        AggregateStreamCreationException.class,
        ConcurrencyFailureException.class,
        DuplicateKeyException.class
    })
    ResponseEntity<ProblemDetail> conflict(Exception e) {
        return conflictResponse(Conflicts.find(e));
    }

    @ExceptionHandler(BodySizeLimit.BodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(BodySizeLimit.BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(BodySizeLimit.problem(e.maxBytes));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(
                        f.getField(), f.isBindingFailure() ? "has an invalid value" : f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldError(name, error.getDefaultMessage()));
            }
        }
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(ex.getPropertyName());
        Class<?> type = ex.getRequiredType();
        String allowed = type != null && type.isEnum() ? " (one of " + List.of(type.getEnumConstants()) + ")" : "";
        return ResponseEntity.badRequest()
                .body(validation(List.of(new FieldError(name, "has an invalid value" + allowed))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(validation(List.of(new FieldError(ex.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof BodySizeLimit.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(BodySizeLimit.problem(tooLarge.maxBytes));
        }
        FieldError error;
        if (ex.getCause() instanceof ControlCharacterModule.ControlCharacterException control) {
            error = new FieldError(path(control).isEmpty() ? "body" : path(control), ControlCharacters.MESSAGE);
        } else if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(path(unknown), "unknown field");
        } else if (ex.getCause() instanceof InvalidFormatException invalid) {
            String allowed =
                    invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                            ? " (one of " + List.of(invalid.getTargetType().getEnumConstants()) + ")"
                            : "";
            error = new FieldError(path(invalid), "has an invalid value" + allowed);
        } else if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            error = new FieldError(path(mapping), "cannot be read");
        } else {
            error = new FieldError("body", "is not valid JSON");
        }
        return ResponseEntity.badRequest().body(validation(List.of(error)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Throwable conflict = Conflicts.find(e);
        if (conflict != null) {
            return conflictResponse(conflict);
        }
        if (DatabaseOutage.causedBy(e)) {
            log.warn("The database cannot be reached: {}", e.toString());
            return databaseUnavailable();
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed."));
    }

    /** Someone else changed the same thing at the same moment: nothing of this request was kept; try again. */
    static ResponseEntity<ProblemDetail> conflictResponse(Throwable conflict) {
        boolean claimed = conflict instanceof TaskConflict task && !task.retryable();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                claimed
                        ? "The task is claimed by another user."
                        : "Another request changed the same item at the same moment; nothing of this request was"
                                + " kept. Try again.");
        problem.setType(CONFLICT);
        problem.setTitle("Conflicting change");
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(Conflicts.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "parameter" : name;
    }

    /** The database is out of reach: the server's fault, temporary, so 503 with a time to wait, never a 500. */
    static ResponseEntity<ProblemDetail> databaseUnavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached; nothing was changed. Retry later.");
        problem.setType(UNAVAILABLE);
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()))
                .body(problem);
    }

    static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        problem.setType(VALIDATION);
        problem.setTitle("The request is not valid");
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
        return problem;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * Failures before any controller was chosen (no such path, a method or media type no handler takes): the advice
     * above covers the REST controllers only, so on the API these come here and are problem details too. On
     * the pages the exception is thrown on, to the error page.
     */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class BeforeAnyHandler {

        @ExceptionHandler({
            NoResourceFoundException.class,
            NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class
        })
        ResponseEntity<ProblemDetail> unhandled(Exception e, HttpServletRequest request) throws Exception {
            if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    || !(e instanceof ErrorResponse answer)) {
                throw e;
            }
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(answer.getBody());
        }
    }
}
