package org.tongxin.engine.proposal;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.proposal.ProposalMother.LEAD;
import static org.tongxin.engine.proposal.ProposalMother.NOW;
import static org.tongxin.engine.proposal.ProposalMother.PROPOSAL;
import static org.tongxin.engine.proposal.ProposalMother.SOURCE_CLUES;
import static org.tongxin.engine.proposal.ProposalMother.SYSTEM;
import static org.tongxin.engine.proposal.ProposalMother.assigned;
import static org.tongxin.engine.proposal.ProposalMother.fixture;
import static org.tongxin.engine.proposal.ProposalMother.inFilingReview;
import static org.tongxin.engine.proposal.ProposalMother.then;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

/** A closed supervision entry's result recorded on the proposal it came from (结果反馈来源). */
class SupervisionResultTest {

    private static final String ENTRY = "supervision-1";

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theResultOfASupervisionEntryIsRecordedWithTheProposalsClues() {
        fixture.given(assigned())
                .when(new RecordSupervisionResult(PROPOSAL, ENTRY, " 盲道畅通，整改到位 ", SYSTEM))
                .expectEvents(new SupervisionResultRecorded(PROPOSAL, ENTRY, "盲道畅通，整改到位", SOURCE_CLUES, SYSTEM, NOW));
    }

    @Test
    void anEntrysResultIsRecordedOnce() {
        fixture.given(then(
                        assigned(), new SupervisionResultRecorded(PROPOSAL, ENTRY, "整改到位", SOURCE_CLUES, SYSTEM, NOW)))
                .when(new RecordSupervisionResult(PROPOSAL, ENTRY, "整改到位", SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.SUPERVISION_RESULT_ALREADY_RECORDED));
    }

    @Test
    void aResultStatesWhatCameOfIt() {
        fixture.given(assigned())
                .when(new RecordSupervisionResult(PROPOSAL, ENTRY, " ", SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.SUPERVISION_RESULT_INCOMPLETE));
    }

    @Test
    void aProposalNotYetFiledIsNoSourceOfSupervision() {
        fixture.given(inFilingReview())
                .when(new RecordSupervisionResult(PROPOSAL, ENTRY, "整改到位", SYSTEM))
                .expectNoEvents()
                .expectException(violates(ProposalRule.SUPERVISION_RESULT_BEFORE_FILING));
    }

    @Test
    void aMemberDoesNotRecordASupervisionResult() {
        fixture.given(assigned())
                .when(new RecordSupervisionResult(PROPOSAL, ENTRY, "整改到位", LEAD))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }
}
