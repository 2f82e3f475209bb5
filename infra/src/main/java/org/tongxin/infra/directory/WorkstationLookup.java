package org.tongxin.infra.directory;

import java.util.Optional;

/** A workstation by the code its poster's QR code carries; none for an unknown or malformed code. */
public interface WorkstationLookup {

    Optional<WorkstationRef> byCode(String code);

    /** A workstation's name for a code, for lists and facets; a code the registry does not know is shown as it is. */
    default String nameOf(String code) {
        return byCode(code).map(WorkstationRef::name).orElse(code);
    }

    /** What a poster or an intake needs of a workstation. */
    record WorkstationRef(String code, String name, String kind, String district, String street) {}
}
