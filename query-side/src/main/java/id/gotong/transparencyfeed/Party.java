package id.gotong.transparencyfeed;

import id.gotong.events.Sector;

/**
 * Who acted or is named in a public act: a registered stakeholder (an organisation, with the name and sector of its
 * registration) or Gotong itself, for the acts that time decides.
 */
public record Party(String id, String name, Sector sector, boolean organisation) {

    static final String SYSTEM_NAME = "Gotong (sistem)";
}
