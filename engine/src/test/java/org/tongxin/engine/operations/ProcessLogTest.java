package org.tongxin.engine.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.Role;

class ProcessLogTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final ProcessLogId PROPOSAL = ProcessLogId.of("proposal-lifecycle");
    private static final ActorRef DESIGNER = ActorRef.of("designer", Role.DESIGNER);
    private static final ActorRef ADMIN = ActorRef.of("admin", Role.ADMIN);

    private AggregateTestFixture<ProcessLog> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProcessLog.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void theFirstRetryOfAProcessStartsItsRecord() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncidentRetry(PROPOSAL, "p-1", "提案甲", " 分类审核 ", "boom", DESIGNER))
                .expectEvents(new IncidentRetried(PROPOSAL, "p-1", "提案甲", "分类审核", "boom", DESIGNER, NOW));
    }

    @Test
    void laterRetriesAddToTheSameRecord() {
        fixture.given(new IncidentRetried(PROPOSAL, "p-1", "提案甲", "分类审核", "boom", DESIGNER, NOW))
                .when(new RecordIncidentRetry(PROPOSAL, "p-2", "提案乙", "答复", null, ADMIN))
                .expectEvents(new IncidentRetried(PROPOSAL, "p-2", "提案乙", "答复", "", ADMIN, NOW));
    }

    @Test
    void aLongErrorIsCutSoTheAuditLogStaysReadable() {
        String trace = "x".repeat(ProcessLog.ERROR_MAX + 100);
        fixture.givenNoPriorActivity()
                .when(new RecordIncidentRetry(PROPOSAL, "p-1", "提案甲", "答复", trace, DESIGNER))
                .expectEvents(new IncidentRetried(
                        PROPOSAL, "p-1", "提案甲", "答复", "x".repeat(ProcessLog.ERROR_MAX) + "…", DESIGNER, NOW));
    }

    @Test
    void theRecordIsNamedApartFromOtherAggregatesOfTheSameProcessKey() {
        assertThat(PROPOSAL.value()).isEqualTo("ops:proposal-lifecycle");
        assertThat(PROPOSAL.processKey()).isEqualTo("proposal-lifecycle");
    }

    @Test
    void onlyADesignerOrAnAdministratorRetries() {
        fixture.givenNoPriorActivity()
                .when(new RecordIncidentRetry(PROPOSAL, "p-1", "提案甲", "答复", "boom", ActorRef.of("staff", Role.STAFF)))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }
}
