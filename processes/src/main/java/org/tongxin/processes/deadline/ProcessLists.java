package org.tongxin.processes.deadline;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The {@code ${lists.…}} bean: process variables keep lists as comma-separated text (ids only), because Camunda
 * would otherwise store a Java-serialised object; multi-instance collections split them back.
 */
@Component("lists")
public class ProcessLists {

    public List<String> split(String csv) {
        return values(csv);
    }

    /** Splits on commas, ASCII or Chinese (people type either in forms), dropping blanks. */
    public static List<String> values(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split("[,，]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
