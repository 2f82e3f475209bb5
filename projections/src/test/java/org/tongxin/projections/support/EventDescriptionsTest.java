package org.tongxin.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.proposal.AssignedHandling;
import org.tongxin.engine.proposal.HandlingClosureRecorded;
import org.tongxin.engine.proposal.HandlingMode;
import org.tongxin.engine.proposal.OutcomeSummary;
import org.tongxin.engine.proposal.ProposalAssigned;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Phrase;

class EventDescriptionsTest {

    private static final ProposalId PROPOSAL = new ProposalId("0b6f1f3e-2f5c-4d89-9a55-0f4f2c1d9e11");
    private static final DepartmentCode EDUCATION = new DepartmentCode("education");
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aCoHandlersClosureWithoutAnOutcomeClassIsDescribedWithoutOne() {
        Phrase phrase = EventDescriptions.describe(new HandlingClosureRecorded(
                PROPOSAL,
                PROPOSAL + "/education/1",
                EDUCATION,
                new OutcomeSummary(null, false),
                false,
                ActorRef.system(),
                NOW));

        assertThat(phrase.key()).isEqualTo("event.HandlingClosureRecorded");
        assertThat(phrase.keys()).containsExactly("event.HandlingClosureRecorded", "dept.education", "event.noOutcome");
    }

    @Test
    void codedValuesBecomeKeysOfTheirOwnAndNoSentenceIsStored() {
        Phrase phrase = EventDescriptions.describe(new ProposalAssigned(
                PROPOSAL,
                HandlingMode.LEAD_WITH_CO,
                List.of(
                        new AssignedHandling(
                                PROPOSAL + "/transport/1", new DepartmentCode("transport"), HandlingRole.LEAD),
                        new AssignedHandling(PROPOSAL + "/education/1", EDUCATION, HandlingRole.CO)),
                List.of(),
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2027, 2, 20),
                LocalDate.of(2026, 11, 27),
                List.of("member"),
                false,
                ActorRef.system(),
                NOW));

        assertThat(phrase.keys())
                .contains(
                        "handling.mode.LEAD_WITH_CO",
                        "dept.transport",
                        "handling.role.LEAD",
                        "dept.education",
                        "handling.role.CO");
        String json = ViewJson.write(phrase);
        assertThat(json).doesNotContain("交办").contains("2027-02-20");
        assertThat(ViewJson.read(json, Phrase.class)).isEqualTo(phrase);
    }

    @Test
    void aReplyNamesItsOutcomeClassByKeyAndLeavesItsTextToTheCaseView() {
        Phrase phrase = EventDescriptions.describe(new HandlingReplied(
                HandlingId.of(PROPOSAL.value(), new DepartmentCode("transport"), 1),
                1,
                OutcomeClass.B,
                "已列入明年计划，届时增设护栏。",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 20),
                false,
                LocalDate.of(2026, 12, 22),
                ActorRef.system(),
                NOW));

        assertThat(phrase.keys()).containsExactly("event.HandlingReplied", "outcome.B");
        assertThat(ViewJson.write(phrase)).doesNotContain("护栏");
    }
}
