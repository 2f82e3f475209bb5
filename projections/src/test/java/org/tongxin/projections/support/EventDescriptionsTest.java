package org.tongxin.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongxin.engine.proposal.HandlingClosureRecorded;
import org.tongxin.engine.proposal.OutcomeSummary;
import org.tongxin.engine.proposal.ProposalMother;

class EventDescriptionsTest {

    @Test
    void aCoHandlersClosureIsDescribedWithoutAnOutcomeClass() {
        String description = EventDescriptions.describe(new HandlingClosureRecorded(
                ProposalMother.PROPOSAL,
                ProposalMother.URBAN_MANAGEMENT_HANDLING,
                ProposalMother.URBAN_MANAGEMENT,
                new OutcomeSummary(null, false),
                false,
                ProposalMother.SYSTEM,
                ProposalMother.NOW));

        assertThat(description).doesNotContain("null").contains("意见已送主办单位");
    }

    @Test
    void aLeadsClosureNamesItsOutcomeClass() {
        assertThat(EventDescriptions.describe(ProposalMother.transportClosed(true)))
                .contains("A 类");
    }
}
