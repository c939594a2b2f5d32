package id.gotong.projection;

import id.gotong.events.Sector;

import java.time.Instant;

/** A registered stakeholder, as every read model names it. */
public record Stakeholder(String stakeholderId, String name, Sector sector, String region,
                          String parentOrganisation, Instant registeredAt, long position, String eventId) {
}
