package id.gotong.act;

/** The act names a collaboration that was never registered (HTTP 404). */
public class UnknownCollaboration extends RuleViolation {

    public UnknownCollaboration(String collaborationId) {
        super("collaboration-exists", "collaborationId", "No collaboration " + collaborationId + " is registered");
    }
}
