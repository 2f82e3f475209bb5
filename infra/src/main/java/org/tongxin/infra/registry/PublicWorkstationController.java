package org.tongxin.infra.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.infra.web.NotFound;

/**
 * A workstation as a citizen sees it (where it is, who is on duty when, the places left) and the booking of a slot,
 * without an account. Nothing personal of anyone else is shown.
 */
@RestController
@RequestMapping("/api/public/workstations")
class PublicWorkstationController {

    static final int DAYS_SHOWN = 14;

    private final Stations stations;
    private final Roster roster;

    PublicWorkstationController(Stations stations, Roster roster) {
        this.stations = stations;
        this.roster = roster;
    }

    record PublicStation(
            String code,
            String name,
            String kind,
            String district,
            String street,
            String address,
            String contactPhone,
            List<PublicSlot> slots) {}

    record PublicSlot(long shiftId, LocalDate date, LocalTime start, LocalTime end, String member, int placesLeft) {}

    /** The public form's fields: a booking is a request to be received, so name, phone and consent are needed. */
    record BookingForm(
            @NotNull Long shiftId,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = "^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone,
            @AssertTrue(message = "consent must be given to keep a name or phone") boolean consent,
            @NotBlank @Size(max = 500) String topic) {}

    record Booked(String id, LocalDate date, LocalTime start, String workstation) {}

    @GetMapping("/{code}")
    PublicStation get(@PathVariable String code) {
        return publicView(code);
    }

    @PostMapping("/{code}/bookings")
    ResponseEntity<Booked> book(@PathVariable String code, @Valid @RequestBody BookingForm form) {
        StationView station = stations.find(code).filter(StationView::active).orElseThrow(() -> new NotFound(code));
        long id =
                roster.book(code, form.shiftId(), form.date(), form.name(), form.phone(), form.consent(), form.topic());
        Roster.Shift shift = roster.shift(form.shiftId());
        return ResponseEntity.created(URI.create("/api/public/workstations/" + code))
                .body(new Booked(Long.toString(id), form.date(), shift.start(), station.name()));
    }

    PublicStation publicView(String code) {
        StationView s = stations.find(code).filter(StationView::active).orElseThrow(() -> new NotFound(code));
        List<PublicSlot> slots = roster.upcoming(code, DAYS_SHOWN).stream()
                .map(slot -> new PublicSlot(
                        slot.shift().id(),
                        slot.date(),
                        slot.shift().start(),
                        slot.shift().end(),
                        slot.shift().memberName(),
                        slot.left()))
                .toList();
        return new PublicStation(
                s.code(), s.name(), s.kind(), s.district(), s.street(), s.address(), s.contactPhone(), slots);
    }
}
