package id.gotong.ui.agency;

/**
 * The signed-in agency: its credential (sent on to the API as the bearer token, never shown) and who it is.
 *
 * @param name the registered stakeholder's name; its id for a holder that is no stakeholder (the operator)
 */
public record Agent(String token, String stakeholderId, String name, boolean operator) {
}
