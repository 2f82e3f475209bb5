package org.tongxin.infra.members;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.tongxin.projections.activity.ActivityKind;

/**
 * {@code tongxin.record.points.*}: the numbers of the member evaluation scheme that differ from
 * {@link ScoringScheme#defaults()}; {@code kind.<KIND>}, {@code level.<KIND>.<LEVEL>} and {@code outcome.<KIND>.<OUTCOME>}.
 * A number left out keeps its default.
 */
@ConfigurationProperties("tongxin.record.points")
public record RecordPoints(
        Map<ActivityKind, Integer> kind,
        Map<ActivityKind, Map<String, Integer>> level,
        Map<ActivityKind, Map<String, Integer>> outcome) {

    public ScoringScheme scheme() {
        return ScoringScheme.defaults().with(kind, level, outcome);
    }
}
