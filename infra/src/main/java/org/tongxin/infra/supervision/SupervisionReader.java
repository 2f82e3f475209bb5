package org.tongxin.infra.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.SupervisionStatus;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.handling.FindHandling;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.supervision.FindSupervisionEntry;
import org.tongxin.projections.supervision.ListSpecialSupervisors;
import org.tongxin.projections.supervision.ListSupervisionEntries;
import org.tongxin.projections.supervision.ListSupervisorFindings;
import org.tongxin.projections.supervision.SupervisionPage;
import org.tongxin.projections.supervision.SupervisionView;
import org.tongxin.projections.supervision.SupervisorFindingView;
import org.tongxin.projections.supervision.SupervisorTerm;

/**
 * Reads the pool for a user, the API and the pages alike: a department officer sees only the entries with an item
 * transferred to their department, and of those only their department's items; any other entry does not exist for
 * them.
 */
@Component
class SupervisionReader {

    /** Who reads the whole pool. */
    static final Set<Role> POOL_READERS =
            Set.of(Role.STAFF, Role.LEADER, Role.SUPERVISOR, Role.ADMIN, Role.MEMBER, Role.DESIGNER);

    private final QueryGateway queries;

    SupervisionReader(QueryGateway queries) {
        this.queries = queries;
    }

    /** An entry with each rectification item's handling: its status, plan and completion dates, its clock. */
    record SupervisionDetail(SupervisionView entry, List<ItemHandling> handlings) {}

    /** The department's handling of one item, as the entry's page shows it. */
    record ItemHandling(
            String handlingId,
            String status,
            LocalDate planDue,
            LocalDate plannedOn,
            String plan,
            LocalDate completionDue,
            Integer workingDaysLeft,
            boolean overdue) {}

    /** The first {@code size} entries under way that {@code user} may read, for a home page's list. */
    SupervisionPage underWay(TongxinUser user, int size) {
        return list(user, SupervisionStatus.UNDER_WAY.name(), null, null, null, null, 0, size);
    }

    SupervisionPage list(
            TongxinUser user,
            String status,
            String type,
            Integer year,
            String department,
            String text,
            int page,
            int size) {
        String itemsOf = Access.scope(user);
        if (itemsOf == null) {
            Access.require(user, POOL_READERS);
        }
        return queries.query(
                        new ListSupervisionEntries(status, type, year, department, text, itemsOf, page, size),
                        ResponseTypes.instanceOf(SupervisionPage.class))
                .join();
    }

    SupervisionDetail detail(TongxinUser user, String id) {
        String scope = Access.scope(user);
        if (scope == null) {
            Access.require(user, POOL_READERS);
        }
        if (id == null || id.length() > 64) {
            throw new NotFound("supervision entry " + id);
        }
        SupervisionView entry = queries.query(
                        new FindSupervisionEntry(id, scope), ResponseTypes.optionalInstanceOf(SupervisionView.class))
                .join()
                .orElseThrow(() -> new NotFound("supervision entry " + id));
        List<ItemHandling> handlings = entry.items().stream()
                .map(i -> handling(i.handlingId()))
                .flatMap(Optional::stream)
                .toList();
        return new SupervisionDetail(entry, handlings);
    }

    List<SupervisorTerm> supervisors(TongxinUser user, String department) {
        String scope = Access.scope(user);
        if (scope != null) {
            department = scope;
        } else {
            Access.require(user, POOL_READERS);
        }
        return queries.query(
                        new ListSpecialSupervisors(blankToNull(department), null),
                        ResponseTypes.multipleInstancesOf(SupervisorTerm.class))
                .join();
    }

    List<SupervisorFindingView> findings(TongxinUser user, String department) {
        String scope = Access.scope(user);
        if (scope != null) {
            department = scope;
        } else {
            Access.require(user, POOL_READERS);
        }
        return queries.query(
                        new ListSupervisorFindings(null, blankToNull(department)),
                        ResponseTypes.multipleInstancesOf(SupervisorFindingView.class))
                .join();
    }

    private Optional<ItemHandling> handling(String handlingId) {
        return queries.query(new FindHandling(handlingId), ResponseTypes.optionalInstanceOf(HandlingSummary.class))
                .join()
                .map(s -> new ItemHandling(
                        handlingId,
                        s.handling().status(),
                        s.handling().preHandlingContactDue(),
                        s.handling().contactedOn(),
                        s.handling().contactNotes(),
                        s.handling().replyDue(),
                        s.clock().workingDaysLeft(),
                        s.clock().overdue()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
