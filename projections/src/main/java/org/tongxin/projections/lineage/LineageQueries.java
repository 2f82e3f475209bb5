package org.tongxin.projections.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.projections.lineage.Lineage.Edge;
import org.tongxin.projections.lineage.Lineage.Node;
import org.tongxin.projections.support.ViewJson;

/**
 * Walks the clue pool, proposal and handling read models outward from one node, in every direction, until the
 * connected graph is complete or {@link #MAX_NODES} is reached.
 */
@Component
class LineageQueries {

    static final int MAX_NODES = 300;

    private final JdbcClient jdbc;

    LineageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<Lineage> handle(FindLineage query) {
        Optional<Node> start = node(query.id());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        nodes.put(start.get().id(), start.get());
        todo.add(start.get());
        boolean truncated = false;
        while (!todo.isEmpty()) {
            Node current = todo.poll();
            List<Edge> around = edgesOf(current);
            for (Edge edge : around) {
                edges.add(edge);
                String other = edge.from().equals(current.id()) ? edge.to() : edge.from();
                if (nodes.containsKey(other)) {
                    continue;
                }
                if (nodes.size() >= MAX_NODES) {
                    truncated = true;
                    continue;
                }
                Node next = node(other).orElseGet(() -> new Node(other, kindHint(edge, other), null, null));
                nodes.put(other, next);
                if (!next.kind().equals("CONSULTATION_TOPIC")) {
                    todo.add(next);
                }
            }
        }
        List<Edge> kept = edges.stream()
                .filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to()))
                .toList();
        return Optional.of(new Lineage(query.id(), new ArrayList<>(nodes.values()), kept, truncated));
    }

    private Optional<Node> node(String id) {
        Optional<Node> clue = jdbc.sql("SELECT clue_id, title, status FROM clue_view WHERE clue_id = :id")
                .param("id", id)
                .query((rs, i) -> new Node(id, "CLUE", rs.getString("title"), rs.getString("status")))
                .optional();
        if (clue.isPresent()) {
            return clue;
        }
        Optional<Node> proposal = jdbc.sql("SELECT title, status FROM proposal_view WHERE proposal_id = :id")
                .param("id", id)
                .query((rs, i) -> new Node(id, "PROPOSAL", rs.getString("title"), rs.getString("status")))
                .optional();
        if (proposal.isPresent()) {
            return proposal;
        }
        Optional<Node> report = jdbc.sql("SELECT title, status FROM report_view WHERE report_id = :id")
                .param("id", id)
                .query((rs, i) -> new Node(id, "PUBLIC_OPINION_REPORT", rs.getString("title"), rs.getString("status")))
                .optional();
        if (report.isPresent()) {
            return report;
        }
        Optional<Node> handling = jdbc.sql("SELECT department, status FROM handling_view WHERE handling_id = :id")
                .param("id", id)
                .query((rs, i) -> new Node(id, "HANDLING", rs.getString("department"), rs.getString("status")))
                .optional();
        if (handling.isPresent()) {
            return handling;
        }
        return jdbc.sql("SELECT subject, status FROM supervision_view WHERE supervision_id = :id")
                .param("id", id)
                .query((rs, i) -> new Node(id, "SUPERVISION_ENTRY", rs.getString("subject"), rs.getString("status")))
                .optional();
    }

    private List<Edge> edgesOf(Node node) {
        List<Edge> edges = new ArrayList<>();
        switch (node.kind()) {
            case "CLUE" -> {
                jdbc.sql("SELECT merged_into, target_kind, target_id FROM clue_view WHERE clue_id = :id")
                        .param("id", node.id())
                        .query(rs -> {
                            if (rs.getString("merged_into") != null) {
                                edges.add(new Edge(node.id(), rs.getString("merged_into"), "MERGED_INTO"));
                            }
                            if (rs.getString("target_id") != null) {
                                edges.add(new Edge(node.id(), rs.getString("target_id"), "BECAME"));
                            }
                        });
                jdbc.sql("SELECT merged_clue_id FROM clue_merge WHERE clue_id = :id")
                        .param("id", node.id())
                        .query(String.class)
                        .list()
                        .forEach(m -> edges.add(new Edge(m, node.id(), "MERGED_INTO")));
                jdbc.sql(
                                "SELECT proposal_id FROM proposal_view WHERE doc->'sourceClues' @> jsonb_build_array(CAST(:id AS text))")
                        .param("id", node.id())
                        .query(String.class)
                        .list()
                        .forEach(p -> edges.add(new Edge(node.id(), p, "SOURCE_OF")));
            }
            case "PROPOSAL" -> {
                jdbc.sql("SELECT doc::text FROM proposal_view WHERE proposal_id = :id")
                        .param("id", node.id())
                        .query(String.class)
                        .optional()
                        .map(json -> ViewJson.read(json, ProposalLinks.class))
                        .ifPresent(p -> {
                            p.sourceClues().forEach(c -> edges.add(new Edge(c, node.id(), "SOURCE_OF")));
                            p.mergedWith().forEach(m -> edges.add(new Edge(node.id(), m, "MERGED_WITH")));
                            p.handlings().forEach(h -> edges.add(new Edge(node.id(), h.handlingId(), "HANDLED_BY")));
                        });
                jdbc.sql("SELECT report_id FROM report_view WHERE doc->'sources' @> CAST(:source AS jsonb)")
                        .param("source", ViewJson.write(List.of(Map.of("kind", "PROPOSAL", "id", node.id()))))
                        .query(String.class)
                        .list()
                        .forEach(r -> edges.add(new Edge(node.id(), r, "BECAME")));
                jdbc.sql("SELECT clue_id FROM clue_view WHERE target_id = :id")
                        .param("id", node.id())
                        .query(String.class)
                        .list()
                        .forEach(c -> edges.add(new Edge(c, node.id(), "BECAME")));
            }
            case "HANDLING" -> {
                jdbc.sql("SELECT proposal_id FROM handling_view WHERE handling_id = :id")
                        .param("id", node.id())
                        .query(String.class)
                        .optional()
                        .ifPresent(p -> edges.add(new Edge(p, node.id(), "HANDLED_BY")));
                jdbc.sql("SELECT supervision_id FROM supervision_view WHERE doc->'sources' @> CAST(:source AS jsonb)")
                        .param("source", ViewJson.write(List.of(new SourceLink("ESCALATED_HANDLING", node.id()))))
                        .query(String.class)
                        .list()
                        .forEach(e -> edges.add(new Edge(node.id(), e, "ESCALATED_TO")));
            }
            case "SUPERVISION_ENTRY" -> jdbc.sql("SELECT doc::text FROM supervision_view WHERE supervision_id = :id")
                    .param("id", node.id())
                    .query(String.class)
                    .optional()
                    .map(json -> ViewJson.read(json, EntryLinks.class))
                    .ifPresent(e -> {
                        e.sources().stream()
                                .filter(src -> "ESCALATED_HANDLING".equals(src.kind()))
                                .forEach(src -> edges.add(new Edge(src.id(), node.id(), "ESCALATED_TO")));
                        e.sources().stream()
                                .filter(src -> "KEY_PROPOSAL".equals(src.kind()))
                                .forEach(src -> edges.add(new Edge(src.id(), node.id(), "SUPERVISED_IN")));
                        e.items().forEach(i -> edges.add(new Edge(node.id(), i.handlingId(), "HANDLED_BY")));
                    });
            case "PUBLIC_OPINION_REPORT" -> {
                // what the report came from, and the departments a leader's instruction transferred it to
                jdbc.sql("SELECT doc::text FROM report_view WHERE report_id = :id")
                        .param("id", node.id())
                        .query(String.class)
                        .optional()
                        .map(json -> ViewJson.read(json, ReportLinks.class))
                        .ifPresent(r -> r.sources()
                                .forEach(source -> edges.add(new Edge(
                                        source.id(), node.id(), became(source, node.id()) ? "BECAME" : "SOURCE_OF"))));
                jdbc.sql(
                                "SELECT handling_id FROM handling_view WHERE proposal_id = :id AND source_kind = 'INSTRUCTION'")
                        .param("id", node.id())
                        .query(String.class)
                        .list()
                        .forEach(h -> edges.add(new Edge(node.id(), h, "HANDLED_BY")));
            }
            default -> {
                // consultation topics are leaves: their own read model is not built here
            }
        }
        return edges;
    }

    /** The kind of a node no read model knows, from the edge that leads to it. */
    private String kindHint(Edge edge, String id) {
        if ("BECAME".equals(edge.relation()) && edge.to().equals(id)) {
            return jdbc.sql("SELECT target_kind FROM clue_view WHERE clue_id = :c")
                    .param("c", edge.from())
                    .query(String.class)
                    .optional()
                    .orElse("UNKNOWN");
        }
        return "UNKNOWN";
    }

    /** The sources of a report document; the rest of it is not needed here. */
    private record ReportLinks(List<ReportSource> sources) {
        private ReportLinks {
            sources = sources == null ? List.of() : sources;
        }
    }

    private record ReportSource(String kind, String id) {}

    /** A proposal converted into the report, or a clue routed to it, became it; a proposal's own clues are sources. */
    private boolean became(ReportSource source, String report) {
        if ("PROPOSAL".equals(source.kind())) {
            return true;
        }
        return jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id = :c AND target_id = :r")
                        .param("c", source.id())
                        .param("r", report)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The links of a proposal document; the rest of it is not needed here. */
    record ProposalLinks(List<String> sourceClues, List<String> mergedWith, List<HandlingLink> handlings) {}

    record HandlingLink(String handlingId) {}

    /** The links of a supervision entry document: where it came from, the handlings that rectify its findings. */
    record EntryLinks(List<SourceLink> sources, List<HandlingLink> items) {}

    record SourceLink(String kind, String id) {}
}
