package org.tongxin.projections.lineage;

import java.util.List;

/**
 * The connected graph around one node. Node kinds: CLUE, PROPOSAL, HANDLING, CONSULTATION_TOPIC,
 * PUBLIC_OPINION_REPORT, SUPERVISION_ENTRY. Edge relations: MERGED_INTO (clue → clue), BECAME (clue → what it was
 * converted to), SOURCE_OF (clue → a proposal drafted from it), MERGED_WITH (proposal → proposal handled together),
 * HANDLED_BY (proposal or supervision entry → handling), ESCALATED_TO (handling → the supervision entry it became),
 * SUPERVISED_IN (key proposal → supervision entry). {@code truncated} when the graph was cut at its size limit.
 */
public record Lineage(String rootId, List<Node> nodes, List<Edge> edges, boolean truncated) {

    public record Node(String id, String kind, String label, String status) {}

    public record Edge(String from, String to, String relation) {}
}
