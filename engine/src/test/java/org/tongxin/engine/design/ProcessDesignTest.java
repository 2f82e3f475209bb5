package org.tongxin.engine.design;

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

class ProcessDesignTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final ProcessKey HANDLING = new ProcessKey("department-handling");
    private static final ActorRef DESIGNER = ActorRef.of("designer", Role.DESIGNER);

    private AggregateTestFixture<ProcessDesign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProcessDesign.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    private static ProcessVersionDeployed deployed(int version) {
        return new ProcessVersionDeployed(HANDLING, version, version - 1, "答复期限改为两个月", 0, 0, 1, DESIGNER, NOW);
    }

    @Test
    void theFirstDeploymentStartsTheProcesssDesignRecord() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeployment(HANDLING, 2, 1, "答复期限改为两个月", 0, 0, 1, DESIGNER))
                .expectEvents(deployed(2));
    }

    @Test
    void aVersionNoNewerThanOneRecordedIsRefused() {
        fixture.given(deployed(3))
                .when(new RecordDeployment(HANDLING, 3, 2, "重复", 0, 0, 1, DESIGNER))
                .expectException(violates(ProcessDesignRule.VERSION_NOT_NEWER));
    }

    @Test
    void casesMovedBetweenTwoVersionsAreRecorded() {
        fixture.given(deployed(2))
                .when(new RecordMigration(HANDLING, 1, 2, 5, 1, DESIGNER))
                .expectEvents(new ProcessInstancesMigrated(HANDLING, 1, 2, 5, 1, DESIGNER, NOW));
    }

    @Test
    void aMigrationWithinOneVersionOrOfNoCaseIsRefused() {
        fixture.given(deployed(2))
                .when(new RecordMigration(HANDLING, 2, 2, 1, 0, DESIGNER))
                .expectException(violates(ProcessDesignRule.NOTHING_MIGRATED));
        fixture.given(deployed(2))
                .when(new RecordMigration(HANDLING, 1, 2, 0, 0, DESIGNER))
                .expectException(violates(ProcessDesignRule.NOTHING_MIGRATED));
    }

    @Test
    void onlyDesignersAndAdministratorsChangeAProcess() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeployment(HANDLING, 2, 1, "越权", 0, 0, 1, ActorRef.of("staff", Role.STAFF)))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aRehearsalOfADraftIsRecordedWithWhatItFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordRehearsal(HANDLING, "增加审批环节", 17, 2, 1, DESIGNER))
                .expectEvents(new DraftRehearsed(HANDLING, "增加审批环节", 20, 17, 2, 1, DESIGNER, NOW));
    }

    @Test
    void aRehearsalOfNoCaseIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordRehearsal(HANDLING, "空", 0, 0, 0, DESIGNER))
                .expectException(violates(ProcessDesignRule.NOTHING_REHEARSED));
    }
}
