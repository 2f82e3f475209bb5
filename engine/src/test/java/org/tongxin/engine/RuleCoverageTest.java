package org.tongxin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.RuleCode;

/**
 * Every rule the domain can refuse with is expected by at least one test ({@code violates(Rule.CONSTANT)} in this
 * module's tests), and no two rules share a code.
 */
class RuleCoverageTest {

    private static final Path TESTS = Path.of("src/test/java");

    @Test
    void everyRuleCodeIsExpectedByATestAndUnique() {
        String tests = testSources();
        List<String> untested = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (RuleCode rule : allRules()) {
            String reference = ((Enum<?>) rule).getDeclaringClass().getSimpleName() + "." + ((Enum<?>) rule).name();
            if (!tests.contains("violates(" + reference + ")")) {
                untested.add(reference + " " + rule.code());
            }
            if (!codes.add(rule.code())) {
                duplicates.add(rule.code());
            }
        }
        assertThat(allRules()).isNotEmpty();
        assertThat(untested).as("rules no test expects").isEmpty();
        assertThat(duplicates).as("codes used twice").isEmpty();
    }

    private static List<RuleCode> allRules() {
        List<RuleCode> rules = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tongxin.engine")) {
            if (type.isEnum() && type.isAssignableTo(RuleCode.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    rules.add((RuleCode) constant);
                }
            }
        }
        return rules;
    }

    private static String testSources() {
        try (Stream<Path> files = Files.walk(TESTS)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
