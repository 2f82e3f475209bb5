package org.tongxin.infra.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.tongxin.projections.activity.ActivityKind;

/** The scheme's defaults are written in three places (code, application.yml, the docs); this keeps them equal. */
class RecordPointsDefaultsTest {

    private static final Path DOC = Path.of("..", "docs", "member-record.md");

    @Test
    void theDocumentedDefaultsAreTheCodesDefaults() throws Exception {
        assertThat(documented()).isEqualTo(ScoringScheme.defaults());
    }

    @Test
    void theApplicationsConfigurationBindsToTheDefaults() throws Exception {
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        RecordPoints points = new Binder(ConfigurationPropertySources.from(yaml))
                .bindOrCreate("tongxin.record.points", RecordPoints.class);

        assertThat(points.kind()).hasSize(ActivityKind.values().length);
        assertThat(points.scheme()).isEqualTo(ScoringScheme.defaults());
        assertThat(new ScoringScheme(points.kind(), points.level(), points.outcome()))
                .isEqualTo(ScoringScheme.defaults());
    }

    @Test
    void aNumberLeftOutKeepsItsDefaultAndOneConfiguredReplacesIt() {
        RecordPoints points = new Binder(new MapConfigurationPropertySource(Map.of(
                        "tongxin.record.points.kind.PROPOSAL_LEAD", "5",
                        "tongxin.record.points.level.REPORT_ADOPTED.CITY", "7")))
                .bindOrCreate("tongxin.record.points", RecordPoints.class);
        ScoringScheme scheme = points.scheme();

        assertThat(scheme.kinds().get(ActivityKind.PROPOSAL_LEAD)).isEqualTo(5);
        assertThat(scheme.kinds().get(ActivityKind.PROPOSAL_JOINT)).isEqualTo(1);
        assertThat(scheme.levels().get(ActivityKind.REPORT_ADOPTED))
                .containsEntry("CITY", 7)
                .containsEntry("NATIONAL", 10);
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of()))
                        .bindOrCreate("tongxin.record.points", RecordPoints.class)
                        .scheme())
                .isEqualTo(ScoringScheme.defaults());
    }

    /** The three tables of the document: kinds (last column), then by level, then by outcome. */
    private static ScoringScheme documented() throws Exception {
        String doc = Files.readString(DOC);
        Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
        Matcher k = Pattern.compile("(?m)^\\| [^|]+ \\| `([A-Z_]+)` \\| [^|]+ \\| (\\d+) \\|$")
                .matcher(doc);
        while (k.find()) {
            kinds.put(ActivityKind.valueOf(k.group(1)), Integer.parseInt(k.group(2)));
        }
        String levels = doc.substring(doc.indexOf("## Points by level"), doc.indexOf("## Points by outcome"));
        String outcomes = doc.substring(doc.indexOf("## Points by outcome"));
        return new ScoringScheme(kinds, pairs(levels), pairs(outcomes));
    }

    private static Map<ActivityKind, Map<String, Integer>> pairs(String section) {
        Map<ActivityKind, Map<String, Integer>> pairs = new EnumMap<>(ActivityKind.class);
        Matcher m = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| `([A-Z_]+)` \\| (\\d+) \\|$")
                .matcher(section);
        while (m.find()) {
            pairs.computeIfAbsent(ActivityKind.valueOf(m.group(1)), x -> new HashMap<>())
                    .put(m.group(2), Integer.parseInt(m.group(3)));
        }
        return pairs;
    }
}
