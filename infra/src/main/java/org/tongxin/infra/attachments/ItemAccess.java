package org.tongxin.infra.attachments;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.attachment.ItemKind;
import org.tongxin.engine.attachment.ItemRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.cases.CaseView;
import org.tongxin.projections.cases.FindCase;
import org.tongxin.projections.proposal.CoSigner;
import org.tongxin.projections.proposal.ProposalView;
import org.tongxin.projections.report.FindReport;
import org.tongxin.projections.report.ReportView;

/**
 * An item's files follow the item's own access rules. Reading: whoever may read the case (a clue or proposal, or a
 * handling of it) reads its files, a department officer only those of cases its department handles and of its own
 * handlings; a report's files whoever may read the report. Adding: the office to any item; a member to the clues they
 * raised or adopted, the proposals they lead or co-sign and the reports they (co-)wrote; a department officer to its
 * own handlings. Publishing: the office. Whatever a reader may not read does not exist for them (404).
 */
@Component
class ItemAccess {

    private final QueryGateway queries;

    ItemAccess(QueryGateway queries) {
        this.queries = queries;
    }

    /** Refuses with 404 unless {@code user} may read {@code item}. */
    void requireRead(TongxinUser user, ItemRef item) {
        if (!mayRead(user, item)) {
            throw new NotFound("item " + item.id());
        }
    }

    boolean mayRead(TongxinUser user, ItemRef item) {
        return switch (item.kind()) {
            case CLUE, PROPOSAL -> caseFor(user, item.id()).isPresent();
            case HANDLING -> mayReadHandling(user, item.id());
            case REPORT -> report(item.id()).map(r -> mayReadReport(r, user)).orElse(false);
        };
    }

    /** Refuses (404 where the item is hidden, 403 where it is visible but not theirs to add to). */
    void requireAdd(TongxinUser user, ItemRef item) {
        requireRead(user, item);
        if (!mayAdd(user, item)) {
            throw Access.forbidden("You may not add files to this item.");
        }
    }

    boolean mayAdd(TongxinUser user, ItemRef item) {
        String me = user.username();
        return switch (user.role()) {
            case STAFF -> true;
            case DEPT_OFFICER -> item.kind() == ItemKind.HANDLING && mayReadHandling(user, item.id());
            case MEMBER -> switch (item.kind()) {
                case CLUE -> caseFor(user, item.id())
                        .map(CaseView::clue)
                        .map(c -> me.equals(c.member()) || me.equals(c.adopter()))
                        .orElse(false);
                case PROPOSAL -> caseFor(user, item.id())
                        .map(CaseView::proposal)
                        .map(p -> signs(p, me))
                        .orElse(false);
                case REPORT -> report(item.id()).map(r -> r.involves(me)).orElse(false);
                case HANDLING -> false;
            };
            default -> false;
        };
    }

    private static boolean signs(ProposalView proposal, String me) {
        return me.equals(proposal.leadProposer())
                || proposal.coSigners().stream().map(CoSigner::userId).anyMatch(me::equals);
    }

    private Optional<CaseView> caseFor(TongxinUser user, String id) {
        if (user.role() != Role.DEPT_OFFICER && !Access.READERS_OF_CASES.contains(user.role())) {
            return Optional.empty();
        }
        Optional<CaseView> view = queries.query(
                        new FindCase(id, null), ResponseTypes.optionalInstanceOf(CaseView.class))
                .join();
        try {
            view.ifPresent(v -> Access.requireCase(user, id, v));
        } catch (NotFound e) {
            return Optional.empty();
        }
        return view;
    }

    private static boolean mayReadHandling(TongxinUser user, String id) {
        if (!HandlingId.isHandlingId(id)) {
            return false;
        }
        if (user.role() == Role.DEPT_OFFICER) {
            return user.department() != null && new HandlingId(id).department().equals(user.department());
        }
        return Access.READERS_OF_CASES.contains(user.role());
    }

    private Optional<ReportView> report(String id) {
        return queries.query(new FindReport(id), ResponseTypes.optionalInstanceOf(ReportView.class))
                .join();
    }

    /** The report pages' rule, applied to files. */
    private static boolean mayReadReport(ReportView report, TongxinUser user) {
        return switch (user.role()) {
            case STAFF, ADMIN -> true;
            case MEMBER -> report.involves(user.username());
            case DEPT_OFFICER -> user.department() != null
                    && report.transferredTo(user.department().value());
            case LEADER, SUPERVISOR -> "ADOPTED".equals(report.status());
            default -> false;
        };
    }
}
