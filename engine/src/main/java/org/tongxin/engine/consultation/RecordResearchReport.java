package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** The research report (调研报告) and the draft suggestions it leads to; a later report replaces an earlier one. */
public record RecordResearchReport(
        @TargetAggregateIdentifier TopicId topicId, String report, String draftSuggestions, ActorRef by)
        implements TopicCommand {}
