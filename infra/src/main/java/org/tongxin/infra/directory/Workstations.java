package org.tongxin.infra.directory;

import java.util.List;
import java.util.Optional;

/**
 * The members' workstations (委员工作站) a QR poster and a clue may name, by the code printed into the poster's
 * address. One small interface so the workstation registry, when it exists, replaces the configured list by
 * declaring a bean of this type.
 */
public interface Workstations {

    /** A workstation: its code (in the poster's address), its name, and the sector (界别) it serves, if one. */
    record Workstation(String code, String name, String sector) {}

    /** The workstation with this code; empty for an unknown or malformed code. */
    Optional<Workstation> byCode(String code);

    List<Workstation> all();

    /** What a page shows for a stored workstation value: its name where the code is known, else the value itself. */
    default String label(String value) {
        return value == null ? "" : byCode(value).map(Workstation::name).orElse(value);
    }
}
