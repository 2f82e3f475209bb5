package org.tongxin.engine.registry;

import java.util.List;
import org.tongxin.engine.shared.RuleViolation;

/**
 * A research topic (调研课题): a title, its year, the lead member and participants. Proposals, public-opinion reports
 * and consultation topics that cite it are its conversion results (转化成果).
 */
public record ResearchTopic(String title, int year, String lead, List<String> participants) {

    public static final int TITLE_MAX = 200;

    public ResearchTopic {
        if (title == null
                || title.isBlank()
                || title.strip().length() > TITLE_MAX
                || year < 2000
                || year > 2100
                || lead == null
                || lead.isBlank()) {
            throw new RuleViolation(RegistryRule.RESEARCH_TOPIC);
        }
        title = title.strip();
        participants = participants == null
                ? List.of()
                : participants.stream()
                        .filter(p -> !p.isBlank() && !p.equals(lead))
                        .distinct()
                        .toList();
    }

    /** What may cite a topic and so count as its conversion result. */
    public enum CitingKind {
        PROPOSAL,
        REPORT,
        CONSULTATION;

        public static CitingKind of(String text) {
            for (CitingKind k : values()) {
                if (k.name().equals(text)) {
                    return k;
                }
            }
            throw new RuleViolation(RegistryRule.RESEARCH_CITATION_KIND);
        }
    }
}
