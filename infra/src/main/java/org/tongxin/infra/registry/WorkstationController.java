package org.tongxin.infra.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.registry.DutyShift;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.registry.StationKind;
import org.tongxin.engine.registry.VisitCounts;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.ClueRegistration;
import org.tongxin.infra.shared.PersonalData;
import org.tongxin.infra.web.NotFound;

/**
 * The registry over HTTP: workstations, studios and sector groups with their members and contact points, the duty
 * rota and its bookings, reception logs and the clues their problems become. The office keeps the registry; the
 * member on duty logs their receptions; a department officer has no business here.
 */
@RestController
@RequestMapping("/api")
@Validated
class WorkstationController {

    static final Set<Role> KEEPERS = Set.of(Role.STAFF, Role.ADMIN);
    static final Set<Role> READERS =
            Set.of(Role.STAFF, Role.ADMIN, Role.MEMBER, Role.LEADER, Role.SUPERVISOR, Role.DESIGNER);
    static final String CODE = "[A-Z][A-Z0-9-]{1,31}";

    private final Stations stations;
    private final Roster roster;
    private final Visits visits;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkstationController(Stations stations, Roster roster, Visits visits, CurrentUser currentUser, Clock clock) {
        this.stations = stations;
        this.roster = roster;
        this.visits = visits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record StationForm(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = Station.NAME_MAX) String name,
            @NotNull StationKind kind,
            @Size(max = 100) String district,
            @Size(max = 100) String street,
            @Size(max = 200) String address,
            @Size(max = 100) String contactName,
            @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$") String contactPhone,
            @Size(max = 300) String sectors) {

        Station toStation() {
            return new Station(
                    new StationCode(code), name, kind, district, street, address, contactName, contactPhone, sectors);
        }
    }

    record MemberForm(@NotBlank @Size(max = 64) String member, boolean home, @Size(max = 100) String sector) {}

    record ContactPointForm(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 200) String address,
            @Size(max = 100) String contactName,
            @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$") String contactPhone) {}

    record ShiftForm(
            @NotNull DayOfWeek day,
            @NotNull LocalTime start,
            @NotNull LocalTime end,
            @NotBlank @Size(max = 64) String member,
            @Min(1) @Max(DutyShift.CAPACITY_MAX) int capacity) {}

    record VisitForm(
            Long shiftId,
            @Size(max = 64) String member,
            @NotNull LocalDate date,
            @Min(0) @Max(100000) int peopleReceived,
            @Min(0) @Max(100000) int problemsCollected,
            @Min(0) @Max(100000) int resolvedOnSpot,
            @Size(max = 4000) String summary,
            @Size(max = 50) List<Long> bookingsReceived) {}

    record ProblemForm(
            @NotBlank @Size(max = org.tongxin.engine.clue.ClueLimits.TITLE_MAX) String title,
            @NotBlank @Size(max = org.tongxin.engine.clue.ClueLimits.CONTENT_MAX) String content,
            Long bookingId) {}

    /** What a member on duty or the office reads of their shifts and the bookings for them. */
    record Duty(String member, List<Roster.Shift> shifts, List<Roster.BookingView> bookings) {}

    record Created(String id) {}

    @GetMapping("/workstations")
    List<StationView> list(@RequestParam(required = false) StationKind kind) {
        Access.require(currentUser.get(), READERS);
        return stations.list(kind == null ? null : kind.name());
    }

    @GetMapping("/workstations/{code}")
    StationView get(@PathVariable String code) {
        Access.require(currentUser.get(), READERS);
        return stations.find(code).orElseThrow(() -> new NotFound("workstation " + code));
    }

    @PostMapping("/workstations")
    ResponseEntity<StationView> save(@Valid @RequestBody StationForm form) {
        Access.require(currentUser.get(), KEEPERS);
        boolean created = stations.save(form.toStation());
        StationView view = stations.require(form.code());
        return created
                ? ResponseEntity.created(URI.create("/api/workstations/" + form.code()))
                        .body(view)
                : ResponseEntity.ok(view);
    }

    @PostMapping("/workstations/{code}/members")
    StationView attach(@PathVariable String code, @Valid @RequestBody MemberForm form) {
        Access.require(currentUser.get(), KEEPERS);
        stations.attach(code, form.member(), form.home());
        if (form.sector() != null) {
            stations.setSector(form.member(), form.sector());
        }
        return stations.require(code);
    }

    @PostMapping("/workstations/{code}/contact-points")
    ResponseEntity<Created> contactPoint(@PathVariable String code, @Valid @RequestBody ContactPointForm form) {
        Access.require(currentUser.get(), KEEPERS);
        long id = stations.addContactPoint(code, form.name(), form.address(), form.contactName(), form.contactPhone());
        return ResponseEntity.created(URI.create("/api/workstations/" + code)).body(new Created(Long.toString(id)));
    }

    @GetMapping("/workstations/{code}/roster")
    List<Roster.Shift> roster(@PathVariable String code) {
        Access.require(currentUser.get(), READERS);
        stations.require(code);
        return roster.shifts(code);
    }

    @PostMapping("/workstations/{code}/roster")
    ResponseEntity<Roster.Shift> addShift(@PathVariable String code, @Valid @RequestBody ShiftForm form) {
        Access.require(currentUser.get(), KEEPERS);
        long id = roster.addShift(
                code, new DutyShift(form.day(), form.start(), form.end(), form.member(), form.capacity()));
        return ResponseEntity.created(URI.create("/api/workstations/" + code + "/roster"))
                .body(roster.shift(id));
    }

    @GetMapping("/workstations/{code}/bookings")
    List<Roster.BookingView> bookings(@PathVariable String code, @RequestParam(required = false) LocalDate from) {
        Access.require(currentUser.get(), KEEPERS);
        stations.require(code);
        return roster.bookingsAt(code, from == null ? LocalDate.now(clock) : from);
    }

    /** A member's own shifts and bookings; the office asks for anyone's with {@code member}. */
    @GetMapping("/duty")
    Duty duty(@RequestParam(required = false) String member, @RequestParam(required = false) LocalDate from) {
        TongxinUser me = currentUser.get();
        String whose;
        if (me.role() == Role.MEMBER && (member == null || member.equals(me.username()))) {
            whose = me.username();
        } else {
            Access.require(me, KEEPERS);
            if (member == null || member.isBlank()) {
                throw new org.tongxin.infra.web.RefusedInput(
                        List.of(new org.tongxin.processes.task.FieldError("member", "is required")));
            }
            whose = member;
        }
        List<Roster.BookingView> bookings = roster.bookingsOf(whose, from == null ? LocalDate.now(clock) : from);
        if (me.role() != Role.STAFF && me.role() != Role.ADMIN) {
            bookings = bookings.stream().map(WorkstationController::masked).toList();
        }
        return new Duty(whose, roster.shiftsOf(whose), bookings);
    }

    @GetMapping("/workstations/{code}/visits")
    List<Visits.Visit> visits(@PathVariable String code, @RequestParam(required = false) Integer year) {
        Access.require(currentUser.get(), READERS);
        stations.require(code);
        return visits.visitsAt(code, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PostMapping("/workstations/{code}/visits")
    ResponseEntity<Visits.Visit> logVisit(@PathVariable String code, @Valid @RequestBody VisitForm form) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER, Role.STAFF, Role.ADMIN));
        long id = visits.log(
                code,
                form.shiftId(),
                form.member(),
                form.date(),
                new VisitCounts(form.peopleReceived(), form.problemsCollected(), form.resolvedOnSpot()),
                form.summary(),
                form.bookingsReceived(),
                me.actor());
        return ResponseEntity.created(URI.create("/api/visits/" + id)).body(visits.visit(id));
    }

    @GetMapping("/visits/{id}")
    Visits.Visit visit(@PathVariable long id) {
        Access.require(currentUser.get(), READERS);
        return visits.visit(id);
    }

    /** One problem of a visit becomes a clue in the pool, attributed to the station and the member. */
    @PostMapping("/visits/{id}/clues")
    ResponseEntity<ClueRegistration.Registered> raiseClue(@PathVariable long id, @Valid @RequestBody ProblemForm form) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER, Role.STAFF, Role.ADMIN));
        ClueRegistration.Registered receipt =
                visits.raiseClue(id, form.bookingId(), form.title(), form.content(), me.actor());
        return ResponseEntity.created(URI.create("/api/clues/" + receipt.clueId()))
                .body(receipt);
    }

    @GetMapping("/workstations/{code}/totals")
    Visits.Totals totals(@PathVariable String code, @RequestParam(required = false) Integer year) {
        Access.require(currentUser.get(), READERS);
        stations.require(code);
        return visits.totals(code, year == null ? LocalDate.now(clock).getYear() : year);
    }

    /** Every station's totals of a year, for the office's overview. */
    @GetMapping("/workstations/totals")
    Map<String, Visits.Totals> allTotals(@RequestParam(required = false) Integer year) {
        Access.require(currentUser.get(), READERS);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Map<String, Visits.Totals> all = new java.util.LinkedHashMap<>();
        for (StationView s : stations.list(null)) {
            all.put(s.code(), visits.totals(s.code(), y));
        }
        return all;
    }

    static Roster.BookingView masked(Roster.BookingView b) {
        return new Roster.BookingView(
                b.id(),
                b.shiftId(),
                b.workstation(),
                b.date(),
                b.start(),
                b.name(),
                PersonalData.maskPhone(b.phone()),
                b.topic(),
                b.visitId(),
                b.clueId());
    }
}
