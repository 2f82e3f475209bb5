package org.tongxin.infra.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.engine.registry.VisitCounts;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.shared.ClueRegistration;
import org.tongxin.infra.web.NotFound;

/**
 * Reception logs (接待记录) and the clues their problems become: a problem is registered in one step as a clue from a
 * workstation visit, attributed to the workstation, the member who received it and their sector, and linked to the
 * booking it came from.
 */
@Service
public class Visits {

    private final JdbcClient jdbc;
    private final Stations stations;
    private final Roster roster;
    private final ClueRegistration intake;
    private final Clock clock;

    Visits(JdbcClient jdbc, Stations stations, Roster roster, ClueRegistration intake, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.roster = roster;
        this.intake = intake;
        this.clock = clock;
    }

    /** A logged reception. */
    public record Visit(
            long id,
            String workstation,
            String workstationName,
            Long shiftId,
            String member,
            String memberName,
            LocalDate date,
            int peopleReceived,
            int problemsCollected,
            int resolvedOnSpot,
            String summary,
            List<VisitClue> clues) {}

    /** A clue a visit's problem became, by its tracking code. */
    public record VisitClue(String clueId, String trackingCode, Long bookingId) {}

    /** A station's year in the figures the seed reports use (人次, 接待, 问题收集, 解决). */
    public record Totals(
            String workstation,
            int year,
            int dutySessions,
            int peopleReceived,
            int problemsCollected,
            int resolvedOnSpot,
            int cluesRaised) {}

    /**
     * Logs a reception at a station: on a duty shift (the member on duty, or the office for them) or, without a
     * shift, by a member of the station. The bookings named as received are linked to it (none named: the bookings of
     * that shift on that day).
     */
    @Transactional
    public long log(
            String code,
            Long shiftId,
            String member,
            LocalDate date,
            VisitCounts counts,
            String summary,
            List<Long> bookingsReceived,
            ActorRef by) {
        stations.require(code);
        String received = member;
        if (shiftId != null) {
            Roster.Shift shift = roster.shift(shiftId);
            if (!shift.workstation().equals(code)) {
                throw new NotFound("duty shift " + shiftId);
            }
            received = shift.member();
        } else if (received == null || received.isBlank()) {
            received = by.userId();
        }
        VisitCounts.checkLogging(by, received, date, LocalDate.now(clock));
        if (shiftId == null) {
            DutyShift.checkAttached(received, stations.membersOf(code));
        }
        long id = jdbc.sql(
                        """
                INSERT INTO visit_log (workstation, shift_id, member, visit_date, people_received, problems_collected,
                                       resolved_on_spot, summary, recorded_by)
                VALUES (:w, :s, :m, :d, :p, :c, :r, :sum, :by) RETURNING id
                """)
                .param("w", code)
                .param("s", shiftId)
                .param("m", received)
                .param("d", date)
                .param("p", counts.peopleReceived())
                .param("c", counts.problemsCollected())
                .param("r", counts.resolvedOnSpot())
                .param("sum", Stations.blankToNull(summary))
                .param("by", by.userId())
                .query(Long.class)
                .single();
        for (Long bookingId : bookingsReceived == null ? List.<Long>of() : bookingsReceived) {
            Roster.BookingView booking = roster.booking(bookingId);
            if (!booking.workstation().equals(code)) {
                throw new NotFound("booking " + bookingId + " at " + code);
            }
            jdbc.sql("UPDATE duty_booking SET visit_id = :v WHERE id = :b")
                    .param("v", id)
                    .param("b", bookingId)
                    .update();
        }
        if (shiftId != null && (bookingsReceived == null || bookingsReceived.isEmpty())) {
            jdbc.sql(
                            "UPDATE duty_booking SET visit_id = :v WHERE shift_id = :s AND slot_date = :d AND visit_id IS NULL")
                    .param("v", id)
                    .param("s", shiftId)
                    .param("d", date)
                    .update();
        }
        return id;
    }

    /**
     * Turns one problem of a visit into a clue (source WORKSTATION_VISIT), attributed to the station, the member who
     * received it and their sector. With a booking, the citizen who booked is the clue's submitter (they consented
     * to be contacted when booking) and the booking links to the clue.
     */
    @Transactional
    public ClueRegistration.Registered raiseClue(
            long visitId, Long bookingId, String title, String content, ActorRef by) {
        Visit visit = visit(visitId);
        VisitCounts.checkLogging(by, visit.member(), visit.date(), LocalDate.now(clock));
        String name = null;
        String phone = null;
        if (bookingId != null) {
            Roster.BookingView booking = roster.booking(bookingId);
            if (booking.visitId() == null || booking.visitId() != visitId) {
                throw new NotFound("booking " + bookingId + " of visit " + visitId);
            }
            name = booking.name();
            phone = booking.phone();
        }
        StationView station = stations.require(visit.workstation());
        ClueRegistration.Registered receipt = intake.register(
                new ClueRegistration.NewClue(
                        title,
                        content,
                        ClueSource.WORKSTATION_VISIT,
                        station.district(),
                        station.street(),
                        new Attribution(
                                visit.member(),
                                visit.workstation(),
                                stations.sectorOf(visit.member()).orElse(null)),
                        name,
                        phone,
                        bookingId != null),
                by);
        jdbc.sql(
                        """
                INSERT INTO visit_clue (clue_id, visit_id, booking_id, tracking_code) VALUES (:c, :v, :b, :t)
                """)
                .param("c", receipt.clueId())
                .param("v", visitId)
                .param("b", bookingId)
                .param("t", receipt.trackingCode())
                .update();
        if (bookingId != null) {
            jdbc.sql("UPDATE duty_booking SET clue_id = :c WHERE id = :b")
                    .param("c", receipt.clueId())
                    .param("b", bookingId)
                    .update();
        }
        return receipt;
    }

    public Visit visit(long id) {
        return visitsWhere("v.id = :p", id, null).stream().findFirst().orElseThrow(() -> new NotFound("visit " + id));
    }

    public List<Visit> visitsAt(String code, int year) {
        return visitsWhere("v.workstation = :p AND EXTRACT(YEAR FROM v.visit_date) = :y", code, year);
    }

    /** The receptions a member held in a year, newest first. */
    public List<Visit> visitsOf(String member, int year) {
        return visitsWhere("v.member = :p AND EXTRACT(YEAR FROM v.visit_date) = :y", member, year);
    }

    /** Every reception logged in a year, without the clues they became, for the member records. */
    public List<Visit> receptionsOfYear(int year) {
        return rows("EXTRACT(YEAR FROM v.visit_date) = :y", null, year);
    }

    /** A member's receptions of a year, without the clues they became, for the member record. */
    public List<Visit> receptionsOf(String member, int year) {
        return rows("v.member = :p AND EXTRACT(YEAR FROM v.visit_date) = :y", member, year);
    }

    public Totals totals(String code, int year) {
        return jdbc.sql(
                        """
                SELECT count(*) AS sessions, coalesce(sum(people_received), 0) AS people,
                       coalesce(sum(problems_collected), 0) AS problems, coalesce(sum(resolved_on_spot), 0) AS resolved,
                       (SELECT count(*) FROM visit_clue c JOIN visit_log l ON l.id = c.visit_id
                         WHERE l.workstation = :w AND EXTRACT(YEAR FROM l.visit_date) = :y) AS clues
                FROM visit_log WHERE workstation = :w AND EXTRACT(YEAR FROM visit_date) = :y
                """)
                .param("w", code)
                .param("y", year)
                .query((rs, i) -> new Totals(
                        code,
                        year,
                        rs.getInt("sessions"),
                        rs.getInt("people"),
                        rs.getInt("problems"),
                        rs.getInt("resolved"),
                        rs.getInt("clues")))
                .single();
    }

    private List<Visit> visitsWhere(String condition, Object p, Integer year) {
        return rows(condition, p, year).stream()
                .map(v -> new Visit(
                        v.id(),
                        v.workstation(),
                        v.workstationName(),
                        v.shiftId(),
                        v.member(),
                        v.memberName(),
                        v.date(),
                        v.peopleReceived(),
                        v.problemsCollected(),
                        v.resolvedOnSpot(),
                        v.summary(),
                        cluesOf(v.id())))
                .toList();
    }

    private List<Visit> rows(String condition, Object p, Integer year) {
        return jdbc.sql(
                        """
                SELECT v.id, v.workstation, w.name AS wname, v.shift_id, v.member, u.display_name, v.visit_date,
                       v.people_received, v.problems_collected, v.resolved_on_spot, v.summary
                FROM visit_log v JOIN workstation w ON w.code = v.workstation JOIN app_user u ON u.username = v.member
                """
                                + " WHERE "
                                + condition + " ORDER BY v.visit_date DESC, v.id DESC")
                .param("p", p)
                .param("y", year)
                .query((rs, i) -> {
                    long shift = rs.getLong("shift_id");
                    Long shiftId = rs.wasNull() ? null : shift;
                    long id = rs.getLong("id");
                    return new Visit(
                            id,
                            rs.getString("workstation"),
                            rs.getString("wname"),
                            shiftId,
                            rs.getString("member"),
                            rs.getString("display_name"),
                            rs.getObject("visit_date", LocalDate.class),
                            rs.getInt("people_received"),
                            rs.getInt("problems_collected"),
                            rs.getInt("resolved_on_spot"),
                            rs.getString("summary"),
                            List.of());
                })
                .list();
    }

    private List<VisitClue> cluesOf(long visitId) {
        return jdbc.sql(
                        "SELECT clue_id, tracking_code, booking_id FROM visit_clue WHERE visit_id = :v ORDER BY tracking_code")
                .param("v", visitId)
                .query((rs, i) -> {
                    long b = rs.getLong("booking_id");
                    Long booking = rs.wasNull() ? null : b;
                    return new VisitClue(rs.getString("clue_id"), rs.getString("tracking_code"), booking);
                })
                .list();
    }
}
