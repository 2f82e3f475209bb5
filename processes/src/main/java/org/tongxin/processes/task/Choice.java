package org.tongxin.processes.task;

import java.util.Arrays;
import java.util.List;

/** One allowed value of a {@link FieldType#CHOICE} field. */
public record Choice(String value, Label label) {

    /** Every constant of a coded domain value, labelled in the UI's words. */
    @SafeVarargs
    public static <E extends Enum<E>> List<Choice> of(E... values) {
        return Arrays.stream(values)
                .map(v -> new Choice(v.name(), EnumLabels.of(v)))
                .toList();
    }
}
