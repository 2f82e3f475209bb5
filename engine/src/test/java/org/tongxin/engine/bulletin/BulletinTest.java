package org.tongxin.engine.bulletin;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.Role;

class BulletinTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final BulletinId ISSUE = BulletinId.of(2026, 12);
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final List<String> REPORTS = List.of("report-2", "report-1");
    private static final List<Recipient> READERS = List.of(
            new Recipient(Recipient.Kind.LEADER, "leader"), new Recipient(Recipient.Kind.DEPARTMENT, "transport"));

    private AggregateTestFixture<Bulletin> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bulletin.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    private static BulletinCompiled compiled() {
        return new BulletinCompiled(ISSUE, 2026, 12, "2026年第12期", "本期编者按", REPORTS, STAFF, NOW);
    }

    @Test
    void anIssueIsNumberedPerYearAndKeepsItsOrder() {
        fixture.givenNoPriorActivity()
                .when(new CompileBulletin(ISSUE, " 本期编者按 ", REPORTS, STAFF))
                .expectEvents(compiled());
    }

    @Test
    void anIssueHoldsReports() {
        fixture.givenNoPriorActivity()
                .when(new CompileBulletin(ISSUE, null, List.of(), STAFF))
                .expectException(violates(BulletinRule.NO_REPORTS));
    }

    @Test
    void anIssueHoldsEachReportOnce() {
        fixture.givenNoPriorActivity()
                .when(new CompileBulletin(ISSUE, null, List.of("report-1", "report-1"), STAFF))
                .expectException(violates(BulletinRule.REPORT_TWICE));
    }

    @Test
    void anIssueHasABoundedSize() {
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "report-" + i).toList();
        fixture.givenNoPriorActivity()
                .when(new CompileBulletin(ISSUE, null, many, STAFF))
                .expectException(violates(BulletinRule.TOO_MANY_REPORTS));
    }

    @Test
    void theEditorsNoteIsBounded() {
        fixture.givenNoPriorActivity()
                .when(new CompileBulletin(ISSUE, String.join("", Collections.nCopies(2001, "按")), REPORTS, STAFF))
                .expectException(violates(BulletinRule.NOTE_TOO_LONG));
    }

    @Test
    void onlyTheOfficeCompiles() {
        fixture.givenNoPriorActivity()
                .when(new CompileBulletin(ISSUE, null, REPORTS, ActorRef.of("member", Role.MEMBER)))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void anIssueIsPublishedOnceToItsReaders() {
        BulletinPublished published = new BulletinPublished(ISSUE, READERS, REPORTS, STAFF, NOW);
        fixture.given(compiled())
                .when(new PublishBulletin(ISSUE, READERS, STAFF))
                .expectEvents(published);
        fixture.given(compiled(), published)
                .when(new PublishBulletin(ISSUE, READERS, STAFF))
                .expectException(violates(BulletinRule.ALREADY_PUBLISHED));
    }

    @Test
    void anIssueGoesToAtLeastOneReaderEachOnce() {
        fixture.given(compiled())
                .when(new PublishBulletin(ISSUE, List.of(), STAFF))
                .expectException(violates(BulletinRule.NO_RECIPIENTS));
        fixture.given(compiled())
                .when(new PublishBulletin(ISSUE, List.of(READERS.get(0), READERS.get(0)), STAFF))
                .expectException(violates(BulletinRule.NO_RECIPIENTS));
    }

    @Test
    void anIssueIsNamedAsReadersNameIt() {
        org.assertj.core.api.Assertions.assertThat(BulletinId.of(2026, 3).label())
                .isEqualTo("2026年第3期");
    }
}
