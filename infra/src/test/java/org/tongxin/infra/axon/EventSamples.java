package org.tongxin.infra.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.tongxin.infra.personaldata.MemorySubjectKeys;

/**
 * Stored JSON samples of every event type, one file per type and revision under {@code event-samples/<Type>/<rev>.json}.
 * {@link #main} writes a sample for every event type that has none of its current revision, from values built by
 * reflection (the first constant of an enum, a fixed instant, one element in a list); samples are then kept as they
 * were written, so a later change of an event's shape shows up as a sample that no longer reads the same.
 */
final class EventSamples {

    static final Path DIRECTORY = Path.of("src/test/resources/event-samples");
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    /**
     * Every event type of the engine: the records permitted by its sealed event families, found by scanning the
     * engine's classes (every sealed interface named {@code …Event}), so a new family cannot be left without samples.
     */
    static List<Class<?>> types() {
        List<Class<?>> types = new ArrayList<>();
        new ClassFileImporter()
                .importPackages("org.tongxin.engine").stream()
                        .filter(c -> c.isInterface() && c.getSimpleName().endsWith("Event"))
                        .map(JavaClass::reflect)
                        .filter(Class::isSealed)
                        .sorted(Comparator.comparing(Class::getName))
                        .forEach(family -> collect(family, types));
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    private static void collect(Class<?> type, List<Class<?>> into) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, into);
            }
        } else if (type.isRecord() && !into.contains(type)) {
            into.add(type);
        }
    }

    static String revision(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    static Path sample(Class<?> type, String revision) {
        return DIRECTORY.resolve(type.getSimpleName()).resolve(revision + ".json");
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = AxonSerialization.storageMapper(new MemorySubjectKeys());
        for (Class<?> type : types()) {
            Path file = sample(type, revision(type));
            if (Files.exists(file)) {
                continue;
            }
            Object event;
            try {
                event = build(type, 0);
            } catch (RuntimeException e) {
                System.out.println("no sample for " + type.getSimpleName() + ": " + e.getMessage());
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(event) + "\n");
            System.out.println("wrote " + file);
        }
    }

    /** Strings tried in turn for a record whose constructor validates its text. */
    private static final List<String> TEXTS = List.of(
            "示例",
            "P-1/transport/1",
            "2026-0001",
            "TX-0000TEST",
            "transport",
            "member-zhang",
            "attachments:CLUE:clue-1",
            "ops:proposal-lifecycle",
            "2026-12",
            "3f1e2d4c-0000-4000-8000-000000000001",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    static Object build(Class<?> type, int depth) {
        if (!type.isRecord()) {
            return value(type, type, depth);
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        RuntimeException last = null;
        for (String text : TEXTS) {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Class<?> c = components[i].getType();
                args[i] = c == String.class ? text : value(c, components[i].getGenericType(), depth + 1);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                last = new IllegalStateException(type.getName() + ": " + e.getCause(), e);
            }
        }
        throw last;
    }

    private static Object value(Class<?> c, Type generic, int depth) {
        if (depth > 8) {
            return null;
        }
        if (c == String.class) {
            return "示例";
        } else if (c == int.class || c == Integer.class) {
            return 1;
        } else if (c == long.class || c == Long.class) {
            return 1L;
        } else if (c == boolean.class || c == Boolean.class) {
            return false;
        } else if (c == double.class || c == Double.class) {
            return 1.0;
        } else if (c == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (c == Instant.class) {
            return AT;
        } else if (c == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        } else if (c == LocalDateTime.class) {
            return LocalDateTime.of(2026, 3, 2, 10, 0);
        } else if (c == LocalTime.class) {
            return LocalTime.of(10, 0);
        } else if (c == YearMonth.class) {
            return YearMonth.of(2026, 3);
        } else if (c == Duration.class) {
            return Duration.ofDays(1);
        } else if (c.isEnum()) {
            return c.getEnumConstants()[0];
        } else if (c == List.class || c == Set.class || c == Optional.class || c == Map.class) {
            Type[] arguments = generic instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
            if (c == Map.class) {
                return arguments.length == 2 && arguments[0] == String.class && arguments[1] instanceof Class<?> v
                        ? Map.of("示例", value(v, v, depth + 1))
                        : Map.of();
            }
            Object element =
                    arguments.length == 1 && arguments[0] instanceof Class<?> e ? value(e, e, depth + 1) : null;
            if (c == Optional.class) {
                return Optional.ofNullable(element);
            }
            if (element == null) {
                return c == Set.class ? Set.of() : List.of();
            }
            return c == Set.class ? Set.of(element) : List.of(element);
        } else if (c.isRecord()) {
            return build(c, depth);
        } else if (c.isInterface() && c.isSealed()) {
            return build(c.getPermittedSubclasses()[0], depth);
        }
        return null;
    }

    private EventSamples() {}
}
