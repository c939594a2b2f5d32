package id.gotong.events;

import org.axonframework.serialization.Revision;

import static id.gotong.events.TheoryElement.AG_STARTING_CONDITIONS;

/**
 * A party that can take part in collaborations. Registering one happens outside any collaboration, so its
 * {@code provenance.collaborationId()} is {@code null}. Nothing here may hold a credential: events are forever.
 */
public sealed interface StakeholderEvent extends CollaborationAct {

    String stakeholderId();

    /**
     * @param region             where it works, e.g. "Kabupaten Toba"; {@code null} for national bodies
     * @param parentOrganisation the body it belongs to, e.g. "Pemerintah Kabupaten Toba", or {@code null}
     */
    @Revision("1")
    @Evidences({AG_STARTING_CONDITIONS})
    record StakeholderRegistered(String stakeholderId, Provenance provenance, String name, Sector sector,
                                 String region, String parentOrganisation) implements StakeholderEvent {
    }
}
