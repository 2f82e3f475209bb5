package org.tongxin.infra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.RuleCode;

/**
 * Officers read a refusal in Chinese: every rule the domain can refuse with has its own sentence in the default
 * bundle (English shows the rule's own description), and every other UI key exists in both languages.
 */
class RuleMessagesTest {

    @Test
    void everyRuleCodeHasAChineseSentence() throws IOException {
        Properties zh = load("/messages.properties");
        List<String> missing = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tongxin.engine")) {
            if (type.isEnum() && type.isAssignableTo(RuleCode.class)) {
                for (Object constant : type.reflect().getEnumConstants()) {
                    String key = "rule." + ((RuleCode) constant).code();
                    if (zh.getProperty(key) == null || zh.getProperty(key).isBlank()) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPageTextExistsInBothLanguages() throws IOException {
        Set<String> zh = keysWithoutRules(load("/messages.properties"));
        Set<String> en = keysWithoutRules(load("/messages_en.properties"));
        assertThat(en).containsExactlyInAnyOrderElementsOf(zh);
    }

    private static Set<String> keysWithoutRules(Properties p) {
        return p.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("rule.") || k.startsWith("rule.kind."))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
