package org.tongxin.infra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.accesstoken.AccessTokenEvent;
import org.tongxin.engine.bulletin.BulletinEvent;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.engine.supervision.SpecialSupervisorEvent;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.processes.task.EnumLabels;
import org.tongxin.processes.task.Label;
import org.tongxin.projections.support.EventDescriptions;

/**
 * Every coded value that can reach a page has words in both languages, in the UI bundles (their one home): each
 * constant of each enum a page or form shows, each event's summary and name, each kind of case a log names.
 */
class WordsForCodesTest {

    private static final Properties ZH = load("/messages.properties");
    private static final Properties EN = load("/messages_en.properties");

    @Test
    void everyConstantOfEveryEnumAPageShowsHasAChineseAndAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Class<? extends Enum<?>>, String> e : EnumLabels.PREFIXES.entrySet()) {
            for (Enum<?> constant : e.getKey().getEnumConstants()) {
                String key = EnumLabels.key(constant);
                missing.addAll(missingIn(key));
                Label label = EnumLabels.of(constant);
                if (label.zh().equals(constant.name()) || label.en().equals(constant.name())) {
                    missing.add("label of " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEventHasASummaryAndANameInBothLanguages() {
        List<String> missing = new ArrayList<>();
        Stream.of(
                        ClueEvent.class,
                        ProposalEvent.class,
                        HandlingEvent.class,
                        ReportEvent.class,
                        SupervisionEvent.class,
                        SpecialSupervisorEvent.class,
                        TopicEvent.class,
                        BulletinEvent.class,
                        AccessTokenEvent.class)
                .flatMap(family -> Stream.of(family.getPermittedSubclasses()))
                .map(Class::getSimpleName)
                .forEach(type -> {
                    missing.addAll(missingIn("event." + type));
                    missing.addAll(missingIn(EventDescriptions.typeKey(type)));
                });
        assertThat(missing).isEmpty();
    }

    @Test
    void theWordsOfASummaryArgumentNeverBreakTheMessageFormat() {
        // a summary with arguments goes through MessageFormat: a lone apostrophe would swallow the text after it
        List<String> broken = new ArrayList<>();
        for (Properties bundle : List.of(ZH, EN)) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (key.startsWith("event.")
                        && value.contains("{0}")
                        && value.replace("''", "").contains("'")) {
                    broken.add(key);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static List<String> missingIn(String key) {
        List<String> missing = new ArrayList<>();
        if (ZH.getProperty(key) == null || ZH.getProperty(key).isBlank()) {
            missing.add("zh " + key);
        }
        if (EN.getProperty(key) == null || EN.getProperty(key).isBlank()) {
            missing.add("en " + key);
        }
        return missing;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = WordsForCodesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
