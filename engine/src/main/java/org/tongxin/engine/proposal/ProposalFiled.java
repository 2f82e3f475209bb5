package org.tongxin.engine.proposal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * {@code number} is the proposal's filing number ({@code 2026-0042}); events stored before proposals were numbered
 * have none and read back as {@code null}, which Jackson allows without an upcaster, so the revision stays.
 */
@Revision("1")
public record ProposalFiled(ProposalId proposalId, String category, ActorRef filedBy, Instant filedAt, String number)
        implements ProposalEvent {}
