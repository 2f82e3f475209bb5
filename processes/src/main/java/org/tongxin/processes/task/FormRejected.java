package org.tongxin.processes.task;

import java.util.List;

/** A submitted form that does not match its task type's definition; nothing was sent or completed. */
public final class FormRejected extends RuntimeException {

    private final List<FieldError> errors;

    public FormRejected(List<FieldError> errors) {
        super("invalid form: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
