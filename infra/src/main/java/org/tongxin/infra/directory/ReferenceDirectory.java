package org.tongxin.infra.directory;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.References;
import org.tongxin.projections.caselabel.CaseLabel;
import org.tongxin.projections.caselabel.CaseNumbers;
import org.tongxin.projections.caselabel.ListCaseLabels;
import org.tongxin.projections.caselabel.SearchCases;

/**
 * Resolves the reference fields of task forms. A clue's tracking code comes from the table written when the clue
 * was registered, so a clue can be named the moment it exists; proposals by their filing number from the read model.
 */
@Component
class ReferenceDirectory implements References {

    private final Directory directory;
    private final TrackingLookup tracking;
    private final QueryGateway queries;

    ReferenceDirectory(Directory directory, TrackingLookup tracking, QueryGateway queries) {
        this.directory = directory;
        this.tracking = tracking;
        this.queries = queries;
    }

    @Override
    public Optional<String> resolve(FieldType kind, String entered) {
        if (entered == null || entered.isBlank() || entered.length() > 100) {
            return Optional.empty();
        }
        return switch (kind) {
            case DEPARTMENT -> directory.department(entered);
            case MEMBER -> directory.person(Role.MEMBER, entered);
            case LEADER -> directory.person(Role.LEADER, entered);
            case CATEGORY -> directory.category(entered);
            case CLUE -> clue(entered);
            case PROPOSAL -> proposal(entered);
            default -> throw new IllegalArgumentException(kind + " is not a reference kind");
        };
    }

    private Optional<String> clue(String entered) {
        String code = CaseNumbers.clue(entered);
        if (code != null) {
            return tracking.clueIdFor(code);
        }
        return tracking.registeredClue(entered).or(() -> byId(entered, CaseLabel.Kind.CLUE));
    }

    private Optional<String> proposal(String entered) {
        String number = CaseNumbers.proposal(entered);
        if (number != null) {
            return labels(new SearchCases(number, CaseLabel.Kind.PROPOSAL, 5)).stream()
                    .filter(l -> number.equals(l.number()))
                    .map(CaseLabel::id)
                    .findFirst();
        }
        return byId(entered, CaseLabel.Kind.PROPOSAL);
    }

    private Optional<String> byId(String id, CaseLabel.Kind kind) {
        return labels(new ListCaseLabels(List.of(id))).stream()
                .filter(l -> l.kind() == kind)
                .map(CaseLabel::id)
                .findFirst();
    }

    private List<CaseLabel> labels(Object query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(CaseLabel.class))
                .join();
    }
}
