package org.tongxin.infra.reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.report.BulletinContents;
import org.tongxin.projections.report.BulletinPage;
import org.tongxin.projections.report.BulletinView;
import org.tongxin.projections.report.CountReportCredit;
import org.tongxin.projections.report.CreditPage;
import org.tongxin.projections.report.FindBulletinContents;
import org.tongxin.projections.report.FindReport;
import org.tongxin.projections.report.FindReportAsOf;
import org.tongxin.projections.report.FindReportHistory;
import org.tongxin.projections.report.ListBulletins;
import org.tongxin.projections.report.ListReports;
import org.tongxin.projections.report.NextBulletinNumber;
import org.tongxin.projections.report.ReportFilter;
import org.tongxin.projections.report.ReportPage;
import org.tongxin.projections.report.ReportView;
import org.tongxin.projections.support.EventFacts;

/**
 * Who reads which report and issue, applied in the query where it can be: the office reads everything; a member the
 * reports they wrote or co-wrote; leaders and supervisors the adopted ones; a department officer the reports a
 * leader's instruction transferred to their department. Issues: the office all, others the published issues sent to
 * them (a leader by name, a department officer by department), supervisors every published issue.
 */
@Component
class ReportReading {

    static final Set<Role> OFFICE = Set.of(Role.STAFF);

    private final QueryGateway queries;

    ReportReading(QueryGateway queries) {
        this.queries = queries;
    }

    ReportPage list(ReportFilter asked, int page, int size, TongxinUser user) {
        ReportFilter filter =
                switch (user.role()) {
                    case STAFF, ADMIN -> asked;
                    case MEMBER -> with(asked, user.username(), null, false);
                    case DEPT_OFFICER -> with(
                            asked,
                            null,
                            user.department() == null ? "" : user.department().value(),
                            false);
                    case LEADER, SUPERVISOR -> with(asked, null, null, true);
                    default -> throw Access.forbidden("Your role may not read reports.");
                };
        return queries.query(new ListReports(filter, page, size), ResponseTypes.instanceOf(ReportPage.class))
                .join();
    }

    ReportView find(String id, TongxinUser user) {
        if (id == null || id.length() > 64) {
            throw new NotFound("report " + id);
        }
        ReportView report = queries.query(new FindReport(id), ResponseTypes.optionalInstanceOf(ReportView.class))
                .join()
                .orElseThrow(() -> new NotFound("report " + id));
        if (!mayRead(report, user)) {
            throw new NotFound("report " + id);
        }
        return report;
    }

    /**
     * The report's timeline, oldest first: its own events and its instruction handlings' (a department officer's
     * department's only); up to {@code before} when given.
     */
    @SuppressWarnings("unchecked")
    List<EventFacts> history(ReportView report, TongxinUser user, Instant before) {
        String department = user.role() == Role.DEPT_OFFICER && user.department() != null
                ? user.department().value()
                : null;
        List<EventFacts> events = (List<EventFacts>) queries.query(
                        new FindReportHistory(report.reportId(), department),
                        ResponseTypes.multipleInstancesOf(EventFacts.class))
                .join();
        return before == null
                ? events
                : events.stream().filter(e -> e.time().isBefore(before)).toList();
    }

    /** The report as it stood at {@code at}; empty before it was drafted. Read access is checked on the live view. */
    Optional<ReportView> asOf(String id, Instant at) {
        return queries.query(new FindReportAsOf(id, at), ResponseTypes.optionalInstanceOf(ReportView.class))
                .join();
    }

    static boolean mayRead(ReportView report, TongxinUser user) {
        return switch (user.role()) {
            case STAFF, ADMIN -> true;
            case MEMBER -> report.involves(user.username());
            case DEPT_OFFICER -> user.department() != null
                    && report.transferredTo(user.department().value());
            case LEADER, SUPERVISOR -> "ADOPTED".equals(report.status());
            default -> false;
        };
    }

    List<BulletinView> bulletins(Integer year, TongxinUser user) {
        boolean office = OFFICE.contains(user.role()) || user.role() == Role.ADMIN;
        List<BulletinView> all = queries.query(
                        new ListBulletins(year, !office), ResponseTypes.instanceOf(BulletinPage.class))
                .join()
                .items();
        return all.stream().filter(b -> mayRead(b, user)).toList();
    }

    BulletinContents bulletin(String id, TongxinUser user) {
        if (id == null || id.length() > 16) {
            throw new NotFound("bulletin " + id);
        }
        BulletinContents contents = queries.query(
                        new FindBulletinContents(id), ResponseTypes.optionalInstanceOf(BulletinContents.class))
                .join()
                .orElseThrow(() -> new NotFound("bulletin " + id));
        if (!mayRead(contents.bulletin(), user)) {
            throw new NotFound("bulletin " + id);
        }
        return contents;
    }

    static boolean mayRead(BulletinView bulletin, TongxinUser user) {
        return switch (user.role()) {
            case STAFF, ADMIN -> true;
            case SUPERVISOR -> bulletin.published();
            case LEADER -> bulletin.published() && bulletin.sentTo("LEADER", user.username());
            case DEPT_OFFICER -> bulletin.published()
                    && user.department() != null
                    && bulletin.sentTo("DEPARTMENT", user.department().value());
            default -> false;
        };
    }

    int nextNumber(int year) {
        return queries.query(new NextBulletinNumber(year), ResponseTypes.instanceOf(Integer.class))
                .join();
    }

    CreditPage credit(String member, Integer year) {
        return queries.query(new CountReportCredit(member, year), ResponseTypes.instanceOf(CreditPage.class))
                .join();
    }

    private static ReportFilter with(ReportFilter f, String involving, String department, boolean adoptedOnly) {
        return new ReportFilter(
                f.status(),
                f.level(),
                f.year(),
                f.author(),
                f.q(),
                involving,
                department,
                adoptedOnly,
                f.awaitingBulletin());
    }
}
