package org.tongxin.processes.variable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * A list process variable serialised as JSON by Camunda Spin: an expression reads it as a list
 * ({@code camunda:collection="${evaluators}"}), and no Java-serialised object or joined text is stored.
 */
public final class JsonList {

    private JsonList() {}

    /** The values as a JSON list variable; copied into an {@link ArrayList}, the type Spin can name and rebuild. */
    public static ObjectValue of(Collection<?> values) {
        return Variables.objectValue(new ArrayList<>(values))
                .serializationDataFormat(SerializationDataFormats.JSON)
                .create();
    }

    /** A list variable's values as text; an absent variable is an empty list. */
    public static List<String> strings(Object variable) {
        return elements(variable, String.class);
    }

    /** A list variable's elements, each of the given type; an absent variable is an empty list. */
    public static <T> List<T> elements(Object variable, Class<T> type) {
        if (variable == null) {
            return List.of();
        }
        if (!(variable instanceof List<?> list)) {
            throw new IllegalStateException(
                    "not a list variable: " + variable.getClass().getName());
        }
        return list.stream().map(type::cast).toList();
    }
}
