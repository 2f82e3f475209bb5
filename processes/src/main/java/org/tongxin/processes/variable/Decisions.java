package org.tongxin.processes.variable;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The values a decision variable may take, as a descriptor declares them for its diagram's conditions. */
public final class Decisions {

    private Decisions() {}

    public static Set<String> names(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
