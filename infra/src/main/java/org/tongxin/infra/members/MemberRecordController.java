package org.tongxin.infra.members;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;
import org.tongxin.projections.consultation.CountMemberConsultations;
import org.tongxin.projections.consultation.MemberConsultations;
import org.tongxin.projections.member.FindMemberRecord;
import org.tongxin.projections.member.MemberRecord;

/** The member record (履职档案): the member themself, the office, leaders and oversight. */
@RestController
@RequestMapping("/api/members")
@Validated
class MemberRecordController {

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final MemberRecords records;
    private final RecordSummaries summaries;
    private final RecordPrinting printing;

    MemberRecordController(
            QueryGateway queries,
            CurrentUser currentUser,
            MemberRecords records,
            RecordSummaries summaries,
            RecordPrinting printing) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.records = records;
        this.summaries = summaries;
        this.printing = printing;
    }

    /**
     * The record of one year ({@code year}, default the current one): every heading with its activities and points
     * and the year's score, beside the lists of clues, proposals, co-signatures and evaluations over all years.
     */
    @GetMapping("/{id}/record")
    @Operation(
            summary = "A member's yearly record: activities by heading with their points and the year's score, and"
                    + " clues raised or adopted, proposals, co-signatures and evaluations given over all years")
    MemberRecordResponse record(
            @PathVariable String id, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        Access.requireMemberRecord(currentUser.get(), id);
        MemberRecord all = queries.query(new FindMemberRecord(id), ResponseTypes.instanceOf(MemberRecord.class))
                .join();
        YearlyRecord yearly = records.of(id, year != null ? year : records.currentYear());
        return new MemberRecordResponse(
                id,
                yearly.year(),
                yearly.years(),
                yearly.score(),
                yearly.categories(),
                all.cluesRaised(),
                all.cluesAdopted(),
                all.proposals(),
                all.coSignatures(),
                all.evaluationsGiven());
    }

    @GetMapping("/{id}/record.pdf")
    @Operation(summary = "A member's yearly record as a printable PDF (A4, Chinese)")
    ResponseEntity<byte[]> recordPdf(
            @PathVariable String id, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        Access.requireMemberRecord(currentUser.get(), id);
        return printing.pdf(id, year != null ? year : records.currentYear());
    }

    /**
     * The members of a sector or a workstation (by its code; with neither, every member) in one year, ranked by
     * score, with their counts and points per heading; for the office, leaders and oversight.
     */
    @GetMapping("/summary")
    @Operation(summary = "Members of a sector or workstation ranked by their yearly score, with totals per heading")
    RecordSummary summary(
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Size(max = 100) String sector,
            @RequestParam(required = false) @Size(max = 100) String workstation) {
        Access.require(currentUser.get(), RecordPrinting.SUMMARY_READERS);
        if (sector != null && !sector.isBlank() && workstation != null && !workstation.isBlank()) {
            throw new RefusedInput(List.of(new FieldError("workstation", "give a sector or a workstation, not both")));
        }
        return summaries.of(
                year != null ? year : records.currentYear(),
                sector == null || sector.isBlank() ? null : sector.strip(),
                workstation == null || workstation.isBlank() ? null : workstation.strip());
    }

    @GetMapping("/{id}/consultations")
    @Operation(summary = "Consultation topics a member leads, meetings attended, suggestions of their topics taken up")
    MemberConsultations consultations(@PathVariable String id) {
        Access.requireMemberRecord(currentUser.get(), id);
        return queries.query(new CountMemberConsultations(id), ResponseTypes.instanceOf(MemberConsultations.class))
                .join();
    }

    /** The yearly record's fields first, then the lists over all years the record always had. */
    record MemberRecordResponse(
            String memberId,
            int year,
            List<Integer> years,
            int score,
            List<YearlyRecord.Category> categories,
            List<MemberRecord.Item> cluesRaised,
            List<MemberRecord.Item> cluesAdopted,
            List<MemberRecord.Item> proposals,
            List<MemberRecord.CoSignature> coSignatures,
            List<MemberRecord.EvaluationGiven> evaluationsGiven) {}
}
