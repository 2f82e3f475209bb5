package org.tongxin.infra.registry;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.registry.Booking;
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.infra.web.NotFound;

/**
 * The weekly duty rota (委员每周轮流坐值) and citizens' bookings of its slots. A slot is one shift on one date; a booking
 * takes the shift's row lock first, so two bookings of the last place are decided one after the other.
 */
@Service
public class Roster {

    private final JdbcClient jdbc;
    private final Stations stations;
    private final Clock clock;
    private final int windowDays;

    Roster(
            JdbcClient jdbc,
            Stations stations,
            Clock clock,
            @Value("${tongxin.registry.booking-window-days:28}") int windowDays) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.clock = clock;
        this.windowDays = windowDays;
    }

    /** A rota line with the names people read. */
    public record Shift(
            long id,
            String workstation,
            String workstationName,
            DayOfWeek day,
            LocalTime start,
            LocalTime end,
            String member,
            String memberName,
            int capacity) {}

    /** One shift on one date, with its places. */
    public record Slot(Shift shift, LocalDate date, int booked) {
        public int left() {
            return Math.max(0, shift.capacity() - booked);
        }
    }

    /** A booking as the member on duty and the office see it (the public sees none of it). */
    public record BookingView(
            long id,
            long shiftId,
            String workstation,
            LocalDate date,
            LocalTime start,
            String name,
            String phone,
            String topic,
            Long visitId,
            String clueId) {}

    @Transactional
    public long addShift(String code, DutyShift shift) {
        stations.require(code);
        shift.heldBy(stations.membersOf(code));
        return jdbc.sql(
                        """
                INSERT INTO duty_shift (workstation, weekday, starts_at, ends_at, member, capacity)
                VALUES (:w, :d, :s, :e, :m, :c) RETURNING id
                """)
                .param("w", code)
                .param("d", shift.day().getValue())
                .param("s", shift.start())
                .param("e", shift.end())
                .param("m", shift.member())
                .param("c", shift.capacity())
                .query(Long.class)
                .single();
    }

    /** Takes a line off the rota; bookings already made keep it for their record. */
    public boolean removeShift(String code, long shiftId) {
        return jdbc.sql("UPDATE duty_shift SET active = FALSE WHERE id = :id AND workstation = :w AND active")
                        .param("id", shiftId)
                        .param("w", code)
                        .update()
                == 1;
    }

    public List<Shift> shifts(String code) {
        return shiftsWhere("s.workstation = :p", code);
    }

    /** A member's duty shifts, at every station they serve. */
    public List<Shift> shiftsOf(String member) {
        return shiftsWhere("s.member = :p", member);
    }

    public Shift shift(long id) {
        return jdbc.sql(SHIFT_SELECT + " WHERE s.id = :id")
                .param("id", id)
                .query(Roster::shift)
                .optional()
                .orElseThrow(() -> new NotFound("duty shift " + id));
    }

    /** The slots of the next {@code days} days from today, with how many places each has left. */
    public List<Slot> upcoming(String code, int days) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Shift> shifts = shifts(code);
        Map<String, Integer> booked = jdbc
                .sql(
                        """
                SELECT b.shift_id, b.slot_date, count(*) AS n FROM duty_booking b JOIN duty_shift s ON s.id = b.shift_id
                WHERE s.workstation = :w AND b.slot_date BETWEEN :from AND :to GROUP BY b.shift_id, b.slot_date
                """)
                .param("w", code)
                .param("from", now.toLocalDate())
                .param("to", now.toLocalDate().plusDays(days))
                .query((rs, i) -> Map.entry(
                        rs.getLong("shift_id") + "@" + rs.getObject("slot_date", LocalDate.class), rs.getInt("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d <= Math.min(days, windowDays); d++) {
            LocalDate date = now.toLocalDate().plusDays(d);
            for (Shift s : shifts) {
                if (s.day() == date.getDayOfWeek() && date.atTime(s.start()).isAfter(now)) {
                    slots.add(new Slot(s, date, booked.getOrDefault(s.id() + "@" + date, 0)));
                }
            }
        }
        return slots;
    }

    /**
     * Books a place in a slot for a citizen. Refused when the slot is not ahead, full, or already booked by this phone
     * (409 through the rule's kind); the shift's lock makes the count and the insert one decision.
     */
    @Transactional
    public long book(
            String code, long shiftId, LocalDate date, String name, String phone, boolean consent, String topic) {
        Booking.checkContact(name, phone, consent);
        Shift shift = jdbc.sql(SHIFT_SELECT + " WHERE s.id = :id AND s.workstation = :w AND s.active FOR UPDATE OF s")
                .param("id", shiftId)
                .param("w", code)
                .query(Roster::shift)
                .optional()
                .orElseThrow(() -> new NotFound("duty shift " + shiftId));
        Booking.checkWhen(shift.day(), shift.start(), date, LocalDateTime.now(clock), windowDays);
        int booked = jdbc.sql("SELECT count(*) FROM duty_booking WHERE shift_id = :s AND slot_date = :d")
                .param("s", shiftId)
                .param("d", date)
                .query(Integer.class)
                .single();
        boolean samePhone = jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM duty_booking WHERE shift_id = :s AND slot_date = :d AND phone = :p)")
                .param("s", shiftId)
                .param("d", date)
                .param("p", phone.strip())
                .query(Boolean.class)
                .single();
        Booking.checkPlace(booked, shift.capacity(), samePhone);
        return jdbc.sql(
                        """
                INSERT INTO duty_booking (shift_id, slot_date, name, phone, consent, topic)
                VALUES (:s, :d, :n, :p, TRUE, :t) RETURNING id
                """)
                .param("s", shiftId)
                .param("d", date)
                .param("n", name.strip())
                .param("p", phone.strip())
                .param("t", topic.strip())
                .query(Long.class)
                .single();
    }

    /** The bookings of a member's shifts from {@code from} on, soonest first. */
    public List<BookingView> bookingsOf(String member, LocalDate from) {
        return bookingsWhere("s.member = :p AND b.slot_date >= :from", member, from);
    }

    /** A station's bookings from {@code from} on, for the office. */
    public List<BookingView> bookingsAt(String code, LocalDate from) {
        return bookingsWhere("s.workstation = :p AND b.slot_date >= :from", code, from);
    }

    public BookingView booking(long id) {
        return jdbc.sql(BOOKING_SELECT + " WHERE b.id = :id")
                .param("id", id)
                .query(Roster::booking)
                .optional()
                .orElseThrow(() -> new NotFound("booking " + id));
    }

    private List<BookingView> bookingsWhere(String condition, String p, LocalDate from) {
        return jdbc.sql(BOOKING_SELECT + " WHERE " + condition + " ORDER BY b.slot_date, s.starts_at, b.id")
                .param("p", p)
                .param("from", from)
                .query(Roster::booking)
                .list();
    }

    private List<Shift> shiftsWhere(String condition, String p) {
        return jdbc.sql(SHIFT_SELECT + " WHERE s.active AND " + condition + " ORDER BY s.weekday, s.starts_at, w.name")
                .param("p", p)
                .query(Roster::shift)
                .list();
    }

    private static final String SHIFT_SELECT =
            """
            SELECT s.id, s.workstation, w.name AS wname, s.weekday, s.starts_at, s.ends_at, s.member,
                   u.display_name, s.capacity
            FROM duty_shift s JOIN workstation w ON w.code = s.workstation JOIN app_user u ON u.username = s.member
            """;

    private static final String BOOKING_SELECT =
            """
            SELECT b.id, b.shift_id, s.workstation, b.slot_date, s.starts_at, b.name, b.phone, b.topic, b.visit_id,
                   b.clue_id
            FROM duty_booking b JOIN duty_shift s ON s.id = b.shift_id
            """;

    private static Shift shift(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Shift(
                rs.getLong("id"),
                rs.getString("workstation"),
                rs.getString("wname"),
                DayOfWeek.of(rs.getInt("weekday")),
                rs.getObject("starts_at", LocalTime.class),
                rs.getObject("ends_at", LocalTime.class),
                rs.getString("member"),
                rs.getString("display_name"),
                rs.getInt("capacity"));
    }

    private static BookingView booking(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        long visit = rs.getLong("visit_id");
        Long visitId = rs.wasNull() ? null : visit;
        return new BookingView(
                rs.getLong("id"),
                rs.getLong("shift_id"),
                rs.getString("workstation"),
                rs.getObject("slot_date", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("topic"),
                visitId,
                rs.getString("clue_id"));
    }
}
