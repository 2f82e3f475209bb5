package org.tongxin.infra.members;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.projections.consultation.CountMemberConsultations;
import org.tongxin.projections.consultation.MemberConsultations;
import org.tongxin.projections.member.FindMemberRecord;
import org.tongxin.projections.member.MemberRecord;

/** The member record (履职档案): the member themself, the office, leaders and oversight. */
@RestController
@RequestMapping("/api/members")
class MemberRecordController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;

    MemberRecordController(QueryGateway queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @GetMapping("/{id}/record")
    @Operation(summary = "Clues raised or adopted, proposals, co-signatures and evaluations given by a member")
    MemberRecord record(@PathVariable String id) {
        Access.requireMemberRecord(currentUser.get(), id);
        return queries.query(new FindMemberRecord(id), ResponseTypes.instanceOf(MemberRecord.class))
                .join();
    }

    @GetMapping("/{id}/consultations")
    @Operation(summary = "Consultation topics a member leads, meetings attended, suggestions of their topics taken up")
    MemberConsultations consultations(@PathVariable String id) {
        Access.requireMemberRecord(currentUser.get(), id);
        return queries.query(new CountMemberConsultations(id), ResponseTypes.instanceOf(MemberConsultations.class))
                .join();
    }
}
