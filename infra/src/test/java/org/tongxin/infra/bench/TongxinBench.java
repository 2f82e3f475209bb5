package org.tongxin.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark run: {@code ./mvnw -B -Pbench verify -pl infra -am} (volumes from {@code -Dtongxin.bench.*}, the
 * issue's defaults otherwise). Writes docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TongxinBench extends HarnessTestBase {

    static final String COMMAND = "./mvnw -B -Pbench verify -pl infra -am";

    @Test
    void measuresEveryRowAndWritesTheReport() throws Exception {
        Report report = harness().run(Volumes.fromSystemProperties());
        report.write(Path.of(System.getProperty("tongxin.bench.report", "../docs/benchmarks.md")), COMMAND);
        assertThat(report.sections())
                .containsKeys(
                        Harness.LIFECYCLE,
                        Harness.APPEND,
                        Harness.COMPLETION,
                        Harness.READS,
                        Harness.REPLAY,
                        Harness.AUTH,
                        Harness.FOOTPRINT);
    }
}
