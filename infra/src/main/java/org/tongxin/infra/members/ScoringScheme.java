package org.tongxin.infra.members;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.tongxin.projections.activity.ActivityKind;
import org.tongxin.projections.activity.MemberActivity;

/**
 * The committee's member evaluation scheme (履职评价办法): an activity earns the points of its kind, plus the points of
 * its level (a report adopted or instructed on at 区/市/省/全国 level) and of its outcome (a proposal filed, a clue that
 * became a proposal). The defaults are the ones the documentation lists; every number can be configured.
 *
 * @param kinds points per activity kind
 * @param levels extra points per kind and level (DISTRICT, CITY, PROVINCE, NATIONAL)
 * @param outcomes extra points per kind and outcome
 */
public record ScoringScheme(
        Map<ActivityKind, Integer> kinds,
        Map<ActivityKind, Map<String, Integer>> levels,
        Map<ActivityKind, Map<String, Integer>> outcomes) {

    public ScoringScheme {
        kinds = Map.copyOf(kinds);
        levels = copy(levels);
        outcomes = copy(outcomes);
    }

    public int points(MemberActivity activity) {
        int points = kinds.getOrDefault(activity.kind(), 0);
        if (activity.level() != null) {
            points += levels.getOrDefault(activity.kind(), Map.of()).getOrDefault(activity.level(), 0);
        }
        if (activity.outcome() != null) {
            points += outcomes.getOrDefault(activity.kind(), Map.of()).getOrDefault(activity.outcome(), 0);
        }
        return points;
    }

    /** This scheme with {@code overrides} laid over it: a number configured replaces the default, the rest stay. */
    public ScoringScheme with(
            Map<ActivityKind, Integer> kindOverrides,
            Map<ActivityKind, Map<String, Integer>> levelOverrides,
            Map<ActivityKind, Map<String, Integer>> outcomeOverrides) {
        Map<ActivityKind, Integer> k = new EnumMap<>(ActivityKind.class);
        k.putAll(kinds);
        if (kindOverrides != null) {
            k.putAll(kindOverrides);
        }
        return new ScoringScheme(k, merge(levels, levelOverrides), merge(outcomes, outcomeOverrides));
    }

    /** The defaults, as documented in {@code docs/member-record.md}. */
    public static ScoringScheme defaults() {
        Map<ActivityKind, Integer> kinds = new EnumMap<>(ActivityKind.class);
        kinds.put(ActivityKind.CLUE_RAISED, 1);
        kinds.put(ActivityKind.CLUE_ADOPTED, 1);
        kinds.put(ActivityKind.PROPOSAL_LEAD, 3);
        kinds.put(ActivityKind.PROPOSAL_JOINT, 1);
        kinds.put(ActivityKind.PROPOSAL_COLLECTIVE, 2);
        kinds.put(ActivityKind.PROPOSAL_REPLY, 0);
        kinds.put(ActivityKind.PROPOSAL_EVALUATION, 1);
        kinds.put(ActivityKind.REPORT_SUBMITTED, 1);
        kinds.put(ActivityKind.REPORT_ADOPTED, 0);
        kinds.put(ActivityKind.REPORT_INSTRUCTED, 0);
        kinds.put(ActivityKind.CONSULTATION_LED, 3);
        kinds.put(ActivityKind.CONSULTATION_ATTENDED, 2);
        kinds.put(ActivityKind.ONLINE_OPINION, 1);
        kinds.put(ActivityKind.SUPERVISION_TEAM, 2);
        kinds.put(ActivityKind.INSPECTION, 2);
        kinds.put(ActivityKind.SPECIAL_SUPERVISOR, 3);
        kinds.put(ActivityKind.SUPERVISOR_FINDING, 2);
        kinds.put(ActivityKind.DUTY_SHIFT, 2);
        kinds.put(ActivityKind.RECEPTION_VISIT, 1);
        kinds.put(ActivityKind.RESEARCH_TOPIC, 3);
        Map<ActivityKind, Map<String, Integer>> levels = new EnumMap<>(ActivityKind.class);
        levels.put(ActivityKind.REPORT_ADOPTED, Map.of("DISTRICT", 2, "CITY", 4, "PROVINCE", 6, "NATIONAL", 10));
        levels.put(ActivityKind.REPORT_INSTRUCTED, Map.of("DISTRICT", 3, "CITY", 5, "PROVINCE", 8, "NATIONAL", 12));
        Map<ActivityKind, Map<String, Integer>> outcomes = new EnumMap<>(ActivityKind.class);
        outcomes.put(ActivityKind.CLUE_RAISED, Map.of("CONVERTED", 2));
        outcomes.put(ActivityKind.PROPOSAL_LEAD, Map.of("FILED", 2));
        outcomes.put(ActivityKind.PROPOSAL_JOINT, Map.of("FILED", 1));
        outcomes.put(ActivityKind.PROPOSAL_COLLECTIVE, Map.of("FILED", 2));
        return new ScoringScheme(kinds, levels, outcomes);
    }

    private static Map<ActivityKind, Map<String, Integer>> copy(Map<ActivityKind, Map<String, Integer>> m) {
        Map<ActivityKind, Map<String, Integer>> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static Map<ActivityKind, Map<String, Integer>> merge(
            Map<ActivityKind, Map<String, Integer>> base, Map<ActivityKind, Map<String, Integer>> overrides) {
        Map<ActivityKind, Map<String, Integer>> merged = new EnumMap<>(ActivityKind.class);
        base.forEach((k, v) -> merged.put(k, new HashMap<>(v)));
        if (overrides != null) {
            overrides.forEach(
                    (k, v) -> merged.computeIfAbsent(k, x -> new HashMap<>()).putAll(v));
        }
        return merged;
    }
}
