package org.tongxin.infra.web;

import java.util.List;
import org.tongxin.processes.task.FieldError;

/**
 * Input refused at the edge, before any controller saw it: a parameter, path variable or form field holding a
 * character {@link ControlCharacters} forbids. The API answers 400 naming the fields; the pages a page in words.
 */
public class RefusedInput extends RuntimeException {

    private final transient List<FieldError> errors;

    public RefusedInput(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
