package org.tongxin.projections.report;

import java.util.ArrayList;
import java.util.List;
import org.tongxin.engine.report.InstructionReplyRecorded;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.report.OpinionReportDeclined;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportForwarded;
import org.tongxin.engine.report.OpinionReportIncludedInBulletin;
import org.tongxin.engine.report.OpinionReportReturned;
import org.tongxin.engine.report.OpinionReportRevised;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.engine.report.ReportReviewReminded;
import org.tongxin.engine.report.ReportStatus;

/** Folds one report event into the report's view; a pure function, so replay gives the same view. */
final class ReportFold {

    private ReportFold() {}

    static ReportView apply(ReportView v, ReportEvent event, long sequence) {
        if (event instanceof OpinionReportDrafted e) {
            return new ReportView(
                    e.reportId().value(),
                    e.title(),
                    e.content(),
                    e.author(),
                    e.coAuthors(),
                    e.sector(),
                    e.sources().stream()
                            .map(s -> new ReportView.Source(s.kind().name(), s.id()))
                            .toList(),
                    ReportStatus.DRAFT.name(),
                    List.of(new ReportView.Version(1, e.title(), e.content(), e.author(), false, e.draftedAt())),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    e.draftedAt(),
                    null,
                    null,
                    sequence);
        }
        if (v == null) {
            return null;
        }
        ViewBuilder b = new ViewBuilder(v);
        if (event instanceof OpinionReportRevised e) {
            b.title = e.title();
            b.content = e.content();
            b.versions.add(new ReportView.Version(
                    e.version(), e.title(), e.content(), e.revisedBy().userId(), false, e.revisedAt()));
        } else if (event instanceof OpinionReportSubmitted e) {
            b.status = ReportStatus.SUBMITTED.name();
            b.submittedAt = e.submittedAt();
        } else if (event instanceof OpinionReportReturned e) {
            b.status = ReportStatus.RETURNED.name();
            b.returns.add(new ReportView.Returned(e.round(), e.reason(), e.returnedAt()));
        } else if (event instanceof OpinionReportAdopted e) {
            b.status = ReportStatus.ADOPTED.name();
            b.decidedAt = e.adoptedAt();
            b.level = e.level() == null ? null : e.level().name();
            b.editorNote = e.note();
            if (e.bulletinIssue() != null) {
                b.bulletinLabel = e.bulletinIssue();
            }
            if (e.edited()) {
                b.title = e.title();
                b.content = e.content();
                b.versions.add(new ReportView.Version(
                        e.version(), e.title(), e.content(), e.adoptedBy().userId(), true, e.adoptedAt()));
            }
        } else if (event instanceof OpinionReportDeclined e) {
            b.status = ReportStatus.NOT_ADOPTED.name();
            b.decidedAt = e.declinedAt();
            b.declineGround = e.ground() == null ? null : e.ground().name();
            b.declineReason = e.reason();
        } else if (event instanceof OpinionReportForwarded e) {
            b.status = ReportStatus.FORWARDED.name();
            b.decidedAt = e.forwardedAt();
            b.forwardedTo = e.channel();
            b.declineReason = e.note();
        } else if (event instanceof OpinionReportIncludedInBulletin e) {
            b.bulletinId = e.bulletinId();
            b.bulletinLabel = e.issueLabel();
        } else if (event instanceof LeaderInstructionRecorded e) {
            b.instructions.add(new ReportView.Instruction(
                    e.leader(),
                    e.level() == null ? null : e.level().name(),
                    e.instructedOn(),
                    e.instruction(),
                    e.handlings().stream().map(h -> h.department().value()).toList(),
                    e.recordedAt(),
                    e.handlings().stream().map(h -> h.value()).toList()));
        } else if (event instanceof InstructionReplyRecorded e) {
            b.answers.add(new ReportView.Answer(
                    e.handlingId().value(), e.handlingId().department().value(), e.measures(), e.repliedOn()));
        } else if (event instanceof ReportReviewReminded) {
            // a reminder changes nothing a reader sees on the report itself; the audit log shows it
        }
        return b.build(sequence);
    }

    private static final class ViewBuilder {
        private final ReportView v;
        String title;
        String content;
        String status;
        final List<ReportView.Version> versions;
        final List<ReportView.Returned> returns;
        String level;
        String editorNote;
        String declineGround;
        String declineReason;
        String forwardedTo;
        String bulletinId;
        String bulletinLabel;
        final List<ReportView.Instruction> instructions;
        final List<ReportView.Answer> answers;
        java.time.Instant submittedAt;
        java.time.Instant decidedAt;

        ViewBuilder(ReportView v) {
            this.v = v;
            title = v.title();
            content = v.content();
            status = v.status();
            versions = new ArrayList<>(v.versions());
            returns = new ArrayList<>(v.returns());
            level = v.level();
            editorNote = v.editorNote();
            declineGround = v.declineGround();
            declineReason = v.declineReason();
            forwardedTo = v.forwardedTo();
            bulletinId = v.bulletinId();
            bulletinLabel = v.bulletinLabel();
            instructions = new ArrayList<>(v.instructions());
            answers = new ArrayList<>(v.answers());
            submittedAt = v.submittedAt();
            decidedAt = v.decidedAt();
        }

        ReportView build(long sequence) {
            return new ReportView(
                    v.reportId(),
                    title,
                    content,
                    v.author(),
                    v.coAuthors(),
                    v.sector(),
                    v.sources(),
                    status,
                    List.copyOf(versions),
                    List.copyOf(returns),
                    level,
                    editorNote,
                    declineGround,
                    declineReason,
                    forwardedTo,
                    bulletinId,
                    bulletinLabel,
                    List.copyOf(instructions),
                    List.copyOf(answers),
                    v.draftedAt(),
                    submittedAt,
                    decidedAt,
                    sequence);
        }
    }
}
