package org.tongxin.infra.web;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongxin.processes.task.FieldError;

/**
 * The input edge, for the API and the pages alike: no text with a {@link ControlCharacters control character} gets
 * past it (JSON bodies through {@link ControlCharacterModule}, parameters, form fields and path variables through
 * the interceptor), and no date outside the years {@value #MIN_YEAR}–{@value #MAX_YEAR} (PostgreSQL and
 * {@code java.sql.Timestamp} cannot hold every year {@code java.time} parses). A refusal names the field.
 */
@Configuration(proxyBeanMethods = false)
class InputEdge implements WebMvcConfigurer {

    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    @Bean
    Module controlCharacterModule() {
        return new ControlCharacterModule();
    }

    /** First of all filters, so an oversized body is refused before rate limiting, security or anything reads it. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${tongxin.edge.max-body-size:1MB}") DataSize maxBodySize,
            @Value("${tongxin.attachments.max-request-size:40MB}") DataSize maxUploadSize,
            ObjectMapper objectMapper) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(maxBodySize.toBytes(), maxUploadSize.toBytes(), objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /**
     * A URL Spring Security's firewall refuses (an encoded slash or NUL, a path that steps out with {@code ..}): a
     * 400 problem detail on the API like any other bad input, the error page elsewhere.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                objectMapper.writeValue(
                        response.getOutputStream(),
                        ApiProblems.validation(List.of(new FieldError("path", "is not a valid URL path"))));
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ControlCharacterInterceptor());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // registered after Spring's own, so these are the ones used
        registry.addFormatterForFieldType(OffsetDateTime.class, bounded(OffsetDateTime::parse));
        registry.addFormatterForFieldType(LocalDate.class, bounded(LocalDate::parse));
        registry.addFormatterForFieldType(LocalDateTime.class, bounded(LocalDateTime::parse));
        registry.addFormatterForFieldType(Instant.class, bounded(Instant::parse));
        registry.addFormatterForFieldAnnotation(new BoundedDateTimeFormat());
    }

    static void checkYear(Object value) {
        TemporalAccessor t = value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (TemporalAccessor) value;
        if (t != null && t.isSupported(ChronoField.YEAR)) {
            int year = t.get(ChronoField.YEAR);
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new IllegalArgumentException("year " + year + " is out of range");
            }
        }
    }

    private static <T> Formatter<T> bounded(Function<String, T> parse) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) throws ParseException {
                T value;
                try {
                    value = parse.apply(text.strip());
                } catch (DateTimeParseException e) {
                    throw new ParseException(e.getMessage(), e.getErrorIndex());
                }
                checkYear(value);
                return value;
            }

            @Override
            public String print(T value, Locale locale) {
                return value.toString();
            }
        };
    }

    /** {@code @DateTimeFormat} as Spring reads it, with the same year bounds. */
    static final class BoundedDateTimeFormat implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory spring =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return spring.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return spring.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = spring.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object value = parser.parse(text, locale);
                checkYear(value);
                return value;
            };
        }
    }

    /**
     * Checks every request parameter (query string and form fields, names and values) and every path variable of
     * the matched handler before it runs.
     */
    static final class ControlCharacterInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            List<FieldError> errors = new ArrayList<>();
            if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
                vars.forEach((name, value) -> {
                    if (!ControlCharacters.allowed(String.valueOf(value))) {
                        errors.add(new FieldError(String.valueOf(name), ControlCharacters.MESSAGE));
                    }
                });
            }
            boolean formHandledInline =
                    handler instanceof HandlerMethod method && method.hasMethodAnnotation(InlineFormErrors.class);
            if (!formHandledInline) {
                request.getParameterMap().forEach((name, values) -> {
                    boolean clean = ControlCharacters.allowed(name);
                    for (String value : values) {
                        clean &= ControlCharacters.allowed(value);
                    }
                    if (!clean) {
                        errors.add(new FieldError(
                                ControlCharacters.allowed(name) ? name : "parameter name", ControlCharacters.MESSAGE));
                    }
                });
            }
            if (!errors.isEmpty()) {
                throw new RefusedInput(errors);
            }
            return true;
        }
    }
}
