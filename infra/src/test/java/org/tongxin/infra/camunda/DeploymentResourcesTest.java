package org.tongxin.infra.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * startup: Camunda deploys from {@code processes/} only, which spares the start a walk through every jar of the
 * classpath (9% of the main thread's CPU samples in a JFR profile of a start on an existing database) — and still
 * finds every diagram the starter's default pattern finds.
 */
class DeploymentResourcesTest {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void theConfiguredPatternFindsEveryDiagramTheDefaultPatternFinds() throws Exception {
        List<PropertySource<?>> yaml =
                new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        String pattern = (String) yaml.get(0).getProperty("camunda.bpm.deployment-resource-pattern");
        assertThat(pattern).isEqualTo("classpath*:processes/*.bpmn");

        List<String> configured = names(resolver.getResources(pattern));
        List<String> everywhere = names(resolver.getResources("classpath*:**/*.bpmn"));

        assertThat(configured)
                .contains(
                        "clue-triage.bpmn",
                        "proposal-lifecycle.bpmn",
                        "department-handling.bpmn",
                        "consultation.bpmn",
                        "supervision.bpmn",
                        "opinion-report.bpmn")
                .containsExactlyInAnyOrderElementsOf(everywhere);
        assertThat(names(resolver.getResources("classpath*:**/*.dmn"))).isEmpty();
        assertThat(names(resolver.getResources("classpath*:**/*.cmmn"))).isEmpty();
    }

    private static List<String> names(Resource[] resources) {
        return Arrays.stream(resources)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }
}
