package org.tongxin.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark run: {@code ./mvnw -B -Pbench verify -pl infra -am} (volumes from {@code -Dtongxin.bench.*}, the
 * issue's defaults otherwise). Writes docs/benchmarks.md.
 */
// a context and database of its own: the seeded clues and open tasks must not reach other tests' inboxes
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tongxin.bench.run=full")
@ActiveProfiles("test")
@DirtiesContext
class TongxinBench extends HarnessTestBase {

    static final String COMMAND = "./mvnw -B -Pbench verify -pl infra -am";

    @Test
    void measuresEveryRowAndWritesTheReport() throws Exception {
        Harness harness = harness();
        try {
            harness.run(Volumes.fromSystemProperties());
        } finally {
            // a run that fails late still reports every row it measured
            harness.report()
                    .write(Path.of(System.getProperty("tongxin.bench.report", "../docs/benchmarks.md")), COMMAND);
        }
        Report report = harness.report();
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
