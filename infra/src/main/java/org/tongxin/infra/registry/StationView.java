package org.tongxin.infra.registry;

import java.util.List;

/** A registry entry with its members and contact points, as the API and the pages show it. */
public record StationView(
        String code,
        String name,
        String kind,
        String district,
        String street,
        String address,
        String contactName,
        String contactPhone,
        String sectors,
        boolean active,
        List<Member> members,
        List<ContactPoint> contactPoints) {

    /** A member attached to the station; {@code home} marks the station their clues are attributed to. */
    public record Member(String username, String name, String sector, boolean home) {}

    public record ContactPoint(long id, String name, String address, String contactName, String contactPhone) {}
}
