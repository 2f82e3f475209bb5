package org.tongxin.processes.policy;

import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.ConvertClue;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.proposal.ProposalConvertedToOpinionReport;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.report.DraftOpinionReport;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportSource;
import org.tongxin.engine.report.SubmitOpinionReport;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.processes.bridge.ProcessBridge;
import org.tongxin.processes.command.CommandSender;

/**
 * Policy: what a report came from knows it. A report drafted from a clue routed to a report converts that clue
 * (its triage, waiting for the report, ends; lineage links the two); a proposal converted at filing review becomes a
 * report in its proposer's name carrying the proposal's title and text, its co-signers as co-authors, and links back
 * to the proposal and the proposal's own clues. It runs in the bridges' subscribing group, so the report and the
 * conversion commit together or not at all.
 */
@Component
@ProcessingGroup(ProcessBridge.GROUP)
class ReportLineage {

    private final CommandSender commands;
    private final EventStore events;
    private final ContentPolicy content;

    ReportLineage(CommandSender commands, EventStore events, ContentPolicy content) {
        this.commands = commands;
        this.events = events;
        this.content = content;
    }

    /** The report converted from a proposal has an id of its own derived from the proposal's, so it is made once. */
    public static ReportId reportOf(String proposalId) {
        return new ReportId("p-" + proposalId);
    }

    @EventHandler
    void on(OpinionReportDrafted event) {
        for (ReportSource source : event.sources()) {
            if (source.kind() == ReportSource.Kind.CLUE && !event.draftedBy().equals(ActorRef.system())) {
                commands.send(
                        new ConvertClue(
                                new ClueId(source.id()),
                                ConversionTarget.PUBLIC_OPINION_REPORT,
                                event.reportId().value(),
                                ActorRef.system()),
                        Map.of("origin", "policy:report-from-clue"));
            }
        }
    }

    @EventHandler
    void on(ProposalConvertedToOpinionReport event) {
        ProposalDrafted proposal = events.readEvents(event.proposalId().value())
                .asStream()
                .map(message -> message.getPayload())
                .filter(ProposalDrafted.class::isInstance)
                .map(ProposalDrafted.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no draft of proposal " + event.proposalId()));
        List<ReportSource> sources = new java.util.ArrayList<>();
        sources.add(
                new ReportSource(ReportSource.Kind.PROPOSAL, event.proposalId().value()));
        event.sourceClues().forEach(c -> sources.add(new ReportSource(ReportSource.Kind.CLUE, c.value())));
        ReportId report = reportOf(event.proposalId().value());
        Map<String, String> origin = Map.of("origin", "policy:report-from-proposal");
        List<String> coAuthors = proposal.coSigners() == null
                ? List.of()
                : proposal.coSigners().stream()
                        .filter(c -> !c.equals(proposal.leadProposer()))
                        .limit(org.tongxin.engine.report.ReportLimits.CO_AUTHORS_MAX)
                        .toList();
        String title = proposal.title().length() > org.tongxin.engine.report.ReportLimits.TITLE_MAX
                ? proposal.title().substring(0, org.tongxin.engine.report.ReportLimits.TITLE_MAX)
                : proposal.title();
        commands.send(
                new DraftOpinionReport(
                        report,
                        title,
                        proposal.content(),
                        sources,
                        proposal.leadProposer(),
                        coAuthors,
                        ActorRef.system()),
                origin);
        // The office decided it is a report; within the length rule it goes straight to review, else its author
        // shortens the draft first.
        String text = proposal.content().strip();
        if (text.codePointCount(0, text.length()) <= content.opinionReportMaxChars()) {
            commands.send(new SubmitOpinionReport(report, ActorRef.system()), origin);
        }
    }
}
