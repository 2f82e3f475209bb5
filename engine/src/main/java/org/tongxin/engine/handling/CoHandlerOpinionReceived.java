package org.tongxin.engine.handling;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record CoHandlerOpinionReceived(
        HandlingId handlingId, DepartmentCode fromDepartment, String opinion, ActorRef receivedBy, Instant receivedAt)
        implements HandlingEvent {}
