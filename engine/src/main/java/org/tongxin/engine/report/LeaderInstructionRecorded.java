package org.tongxin.engine.report;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record LeaderInstructionRecorded(
        ReportId reportId, String leader, String instruction, ActorRef recordedBy, Instant recordedAt)
        implements ReportEvent {}
