package org.tongxin.infra.registry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.directory.Workstations;
import org.tongxin.infra.web.NotFound;

/**
 * The registry's places and who belongs where: workstations, studios and sector groups, their members, a member's
 * sector and home station, and a sector group's contact points.
 */
@Service
public class Stations implements Workstations {

    private static final String COLUMNS =
            "code, name, kind, district, street, address, contact_name, contact_phone, sectors, active";

    private final JdbcClient jdbc;

    Stations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An active workstation by the code its poster carries; its sector is the one it serves, when it serves exactly one
     * (a station of several sectors attributes its citizens' clues to none of them rather than to a guess).
     */
    @Override
    public Optional<Workstation> byCode(String code) {
        if (!StationCode.wellFormed(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT code, name, sectors FROM workstation WHERE code = :c AND active")
                .param("c", code)
                .query((rs, i) -> new Workstation(
                        rs.getString("code"), rs.getString("name"), soleSector(rs.getString("sectors"))))
                .optional();
    }

    @Override
    public List<Workstation> all() {
        return jdbc.sql("SELECT code, name, sectors FROM workstation WHERE active ORDER BY kind, name")
                .query((rs, i) -> new Workstation(
                        rs.getString("code"), rs.getString("name"), soleSector(rs.getString("sectors"))))
                .list();
    }

    /** A stored value's name, a retired station's included, so old clues keep their words; else the value itself. */
    @Override
    public String label(String value) {
        if (!StationCode.wellFormed(value)) {
            return value == null ? "" : value;
        }
        return jdbc.sql("SELECT name FROM workstation WHERE code = :c")
                .param("c", value)
                .query(String.class)
                .optional()
                .orElse(value);
    }

    private static String soleSector(String sectors) {
        if (sectors == null || sectors.isBlank()) {
            return null;
        }
        String[] each = sectors.split("[,，、;；\\s]+");
        return each.length == 1 ? each[0].strip() : null;
    }

    /** Every active entry, optionally of one kind, by kind then name. */
    public List<StationView> list(String kind) {
        return jdbc
                .sql("SELECT " + COLUMNS
                        + " FROM workstation WHERE active AND (CAST(:k AS VARCHAR) IS NULL OR kind = :k)"
                        + " ORDER BY kind, name")
                .param("k", kind)
                .query((rs, i) -> rs.getString("code"))
                .list()
                .stream()
                .map(this::require)
                .toList();
    }

    public Optional<StationView> find(String code) {
        if (!StationCode.wellFormed(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM workstation WHERE code = :c")
                .param("c", code)
                .query((rs, i) -> new StationView(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getString("district"),
                        rs.getString("street"),
                        rs.getString("address"),
                        rs.getString("contact_name"),
                        rs.getString("contact_phone"),
                        rs.getString("sectors"),
                        rs.getBoolean("active"),
                        members(code),
                        contactPoints(code)))
                .optional();
    }

    public StationView require(String code) {
        return find(code).orElseThrow(() -> new NotFound("workstation " + code));
    }

    /** Adds an entry or, for a code already kept, changes it; returns whether it was new. */
    @Transactional
    public boolean save(Station s) {
        boolean existed = find(s.code().value()).isPresent();
        jdbc.sql(
                        """
                INSERT INTO workstation (code, name, kind, district, street, address, contact_name, contact_phone, sectors)
                VALUES (:code, :name, :kind, :district, :street, :address, :cn, :cp, :sectors)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
                    district = EXCLUDED.district, street = EXCLUDED.street, address = EXCLUDED.address,
                    contact_name = EXCLUDED.contact_name, contact_phone = EXCLUDED.contact_phone,
                    sectors = EXCLUDED.sectors, active = TRUE
                """)
                .param("code", s.code().value())
                .param("name", s.name())
                .param("kind", s.kind().name())
                .param("district", blankToNull(s.district()))
                .param("street", blankToNull(s.street()))
                .param("address", blankToNull(s.address()))
                .param("cn", blankToNull(s.contactName()))
                .param("cp", blankToNull(s.contactPhone()))
                .param("sectors", blankToNull(s.sectors()))
                .update();
        return !existed;
    }

    /**
     * Attaches a member; {@code home} makes this the station their clues are attributed to (a member has one home, so
     * any other loses the mark).
     */
    @Transactional
    public void attach(String code, String member, boolean home) {
        require(code);
        Role role = jdbc.sql("SELECT role FROM app_user WHERE username = :u")
                .param("u", member)
                .query((rs, i) -> Role.valueOf(rs.getString("role")))
                .optional()
                .orElseThrow(() -> new NotFound("member " + member));
        Station.checkAttachable(role);
        if (home) {
            jdbc.sql("UPDATE workstation_member SET home = FALSE WHERE member = :m AND home")
                    .param("m", member)
                    .update();
        }
        jdbc.sql(
                        """
                INSERT INTO workstation_member (workstation, member, home) VALUES (:w, :m, :h)
                ON CONFLICT (workstation, member) DO UPDATE SET home = EXCLUDED.home OR workstation_member.home
                """)
                .param("w", code)
                .param("m", member)
                .param("h", home)
                .update();
    }

    public void detach(String code, String member) {
        jdbc.sql("DELETE FROM workstation_member WHERE workstation = :w AND member = :m")
                .param("w", code)
                .param("m", member)
                .update();
    }

    @Transactional
    public long addContactPoint(String code, String name, String address, String contactName, String contactPhone) {
        StationView station = require(code);
        toStation(station).acceptsContactPoint();
        return jdbc.sql(
                        """
                INSERT INTO contact_point (workstation, name, address, contact_name, contact_phone)
                VALUES (:w, :n, :a, :cn, :cp) RETURNING id
                """)
                .param("w", code)
                .param("n", name.strip())
                .param("a", blankToNull(address))
                .param("cn", blankToNull(contactName))
                .param("cp", blankToNull(contactPhone))
                .query(Long.class)
                .single();
    }

    /** Sets a member's sector (界别); blank clears it. */
    public void setSector(String member, String sector) {
        jdbc.sql("UPDATE app_user SET sector = :s WHERE username = :u AND role = 'MEMBER'")
                .param("s", blankToNull(sector))
                .param("u", member)
                .update();
    }

    public Optional<String> sectorOf(String member) {
        return jdbc.sql("SELECT sector FROM app_user WHERE username = :u")
                .param("u", member)
                .query((rs, i) -> Optional.ofNullable(rs.getString("sector")))
                .optional()
                .flatMap(s -> s);
    }

    /** The station a member's own clues are attributed to: their home station, else their only one. */
    public Optional<String> homeOf(String member) {
        List<String> codes = jdbc.sql(
                        "SELECT workstation FROM workstation_member WHERE member = :m ORDER BY home DESC, workstation")
                .param("m", member)
                .query(String.class)
                .list();
        return codes.isEmpty() ? Optional.empty() : Optional.of(codes.get(0));
    }

    /** The codes of the stations a member is attached to. */
    public Set<String> stationsOf(String member) {
        return jdbc
                .sql("SELECT workstation FROM workstation_member WHERE member = :m")
                .param("m", member)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    Set<String> membersOf(String code) {
        return members(code).stream().map(StationView.Member::username).collect(Collectors.toUnmodifiableSet());
    }

    private List<StationView.Member> members(String code) {
        return jdbc.sql(
                        """
                SELECT u.username, u.display_name, u.sector, wm.home FROM workstation_member wm
                JOIN app_user u ON u.username = wm.member WHERE wm.workstation = :w ORDER BY u.display_name
                """)
                .param("w", code)
                .query((rs, i) -> new StationView.Member(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("sector"),
                        rs.getBoolean("home")))
                .list();
    }

    private List<StationView.ContactPoint> contactPoints(String code) {
        return jdbc.sql(
                        "SELECT id, name, address, contact_name, contact_phone FROM contact_point WHERE workstation = :w"
                                + " ORDER BY name")
                .param("w", code)
                .query((rs, i) -> new StationView.ContactPoint(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getString("contact_name"),
                        rs.getString("contact_phone")))
                .list();
    }

    static Station toStation(StationView v) {
        return new Station(
                new StationCode(v.code()),
                v.name(),
                org.tongxin.engine.registry.StationKind.valueOf(v.kind()),
                v.district(),
                v.street(),
                v.address(),
                v.contactName(),
                v.contactPhone(),
                v.sectors());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A member's account as a picker offers it. */
    public record MemberChoice(String username, String name, String sector) {}

    /** Every enabled member account, by name, for the pickers of the registry's pages. */
    public List<MemberChoice> memberChoices() {
        return jdbc.sql("SELECT username, display_name, sector FROM app_user WHERE role = 'MEMBER' AND enabled"
                        + " ORDER BY display_name, username")
                .query((rs, i) -> new MemberChoice(
                        rs.getString("username"), rs.getString("display_name"), rs.getString("sector")))
                .list();
    }
}
