package org.tongxin.infra.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.TaskAlreadyCompleted;
import org.tongxin.processes.task.TaskNotFound;
import org.tongxin.processes.task.TaskNotPermitted;

/**
 * Every API error as an RFC 9457 problem detail. Field errors name the field ({@code errors[].field}); a domain
 * refusal carries its stable rule code ({@code code}) so clients can react without parsing text.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final URI VALIDATION = URI.create("https://tongxin.org/problems/validation");
    static final URI RULE = URI.create("https://tongxin.org/problems/rule-violation");
    static final URI TASK_COMPLETED = URI.create("https://tongxin.org/problems/task-completed");

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        HttpStatus status =
                switch (e.rule().kind()) {
                    case STATE -> HttpStatus.CONFLICT;
                    case INPUT -> HttpStatus.UNPROCESSABLE_ENTITY;
                    case ACTOR -> HttpStatus.FORBIDDEN;
                };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
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

    @ExceptionHandler(TaskNotPermitted.class)
    ProblemDetail taskNotPermitted(TaskNotPermitted e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
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
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed.");
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
}
