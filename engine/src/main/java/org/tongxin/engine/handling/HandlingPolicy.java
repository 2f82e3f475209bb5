package org.tongxin.engine.handling;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.HandlingKindPolicy;
import org.tongxin.engine.shared.SourceKind;

/**
 * The handling rules per kind of item handled, configured like the {@link DeadlinePolicy} ({@code tongxin.rules.*});
 * a kind without rules is not handled by departments (yet).
 */
public record HandlingPolicy(Map<SourceKind, HandlingKindPolicy> kinds) {

    /** Default reply limit of an instruction's transfer: one month, extendable to two. */
    public static final Period INSTRUCTION_REPLY = Period.ofMonths(1);

    public static final Period INSTRUCTION_EXTENDED_REPLY_CAP = Period.ofMonths(2);

    /** Default answer limit of a consultation suggestion's transfer: one month, extendable to two. */
    public static final Period CONSULTATION_REPLY = Period.ofMonths(1);

    public static final Period CONSULTATION_EXTENDED_REPLY_CAP = Period.ofMonths(2);

    /** Default limits of a rectification: its plan within 15 working days, done within three months, six at most. */
    public static final int RECTIFICATION_PLAN_WORKING_DAYS = 15;

    public static final Period RECTIFICATION_COMPLETION = Period.ofMonths(3);

    public static final Period RECTIFICATION_EXTENDED_CAP = Period.ofMonths(6);

    public HandlingPolicy {
        kinds = Map.copyOf(kinds);
    }

    /** Proposals under {@code proposals}; instructions and rectifications with their default limits on the same base. */
    public static HandlingPolicy of(DeadlinePolicy proposals, Period instructionReply, Period instructionCap) {
        Map<SourceKind, HandlingKindPolicy> kinds = new EnumMap<>(SourceKind.class);
        kinds.put(SourceKind.PROPOSAL, HandlingKindPolicy.proposal(proposals));
        kinds.put(SourceKind.INSTRUCTION, HandlingKindPolicy.instruction(proposals, instructionReply, instructionCap));
        kinds.put(
                SourceKind.RECTIFICATION,
                HandlingKindPolicy.rectification(
                        proposals,
                        RECTIFICATION_PLAN_WORKING_DAYS,
                        RECTIFICATION_COMPLETION,
                        RECTIFICATION_EXTENDED_CAP));
        return new HandlingPolicy(kinds);
    }

    public static HandlingPolicy defaults() {
        return of(DeadlinePolicy.defaults(), INSTRUCTION_REPLY, INSTRUCTION_EXTENDED_REPLY_CAP)
                .withConsultationSuggestions(
                        DeadlinePolicy.defaults(), CONSULTATION_REPLY, CONSULTATION_EXTENDED_REPLY_CAP);
    }

    /** These rules with consultation suggestions handled under {@code reply} and {@code cap} on {@code base}. */
    public HandlingPolicy withConsultationSuggestions(DeadlinePolicy base, Period reply, Period cap) {
        return with(SourceKind.CONSULTATION_SUGGESTION, HandlingKindPolicy.consultationSuggestion(base, reply, cap));
    }

    /** The same rules with {@code kind}'s replaced. */
    public HandlingPolicy with(SourceKind kind, HandlingKindPolicy policy) {
        Map<SourceKind, HandlingKindPolicy> all = new EnumMap<>(SourceKind.class);
        all.putAll(kinds);
        all.put(kind, policy);
        return new HandlingPolicy(all);
    }

    public Optional<HandlingKindPolicy> of(SourceKind kind) {
        return Optional.ofNullable(kinds.get(kind));
    }
}
