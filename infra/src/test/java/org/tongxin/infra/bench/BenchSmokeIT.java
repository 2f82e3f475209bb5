package org.tongxin.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark harness at tiny volumes, in every build, so it cannot rot: it prints the figures (and writes them to
 * target/benchmarks-smoke.md) and asserts only that every row was produced.
 */
// a context and database of its own: the seeded clues and open tasks must not reach other tests' inboxes
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tongxin.bench.run=smoke")
@ActiveProfiles("test")
@DirtiesContext
class BenchSmokeIT extends HarnessTestBase {

    @Test
    void theHarnessProducesEveryRowAtSmokeVolumes() throws Exception {
        Report report = harness().run(Volumes.smoke());
        report.write(Path.of("target", "benchmarks-smoke.md"), TongxinBench.COMMAND);

        assertThat(report.rows(Harness.LIFECYCLE)).hasSize(1 + Lifecycle.STEPS.size());
        assertThat(report.rows(Harness.APPEND)).hasSize(1);
        // clues and their views before the replays and after them (replay-events lies inside the smoke's clues), then
        // the open tasks at 10% and at all
        assertThat(report.rows(Harness.SEED)).hasSize(2 + 2 + 2);
        // open model and saturation, at 10% and at all of the open tasks
        assertThat(report.rows(Harness.COMPLETION)).hasSize(4);
        assertThat(report.rows(Harness.READS)).hasSize(14);
        assertThat(report.rows(Harness.REPLAY).size()).isGreaterThan(2);
        assertThat(report.rows(Harness.AUTH)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(report.rows(Harness.FOOTPRINT)).hasSize(4);
        // lifecycle a/b; completion at 20/s and saturation at each stage; reads at each stage; replay; token
        assertThat(report.goals()).hasSize(1 + 2 + 2 + 2 + 1 + 1);
        assertThat(report.goals())
                .allSatisfy(goal -> assertThat(goal.measured()).isNotBlank());
        assertThat(report.markdown(TongxinBench.COMMAND)).contains("## Goals").contains("## Where the time goes (JFR)");
    }
}
