package id.gotong.web;

import id.gotong.act.Membership;
import id.gotong.act.NotPermitted;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who reads the fields of a collaboration's records that its transparency feed withholds (free text, outside links,
 * the names of people; see {@code transparencyfeed.Publication}): the auditor and the operator for every
 * collaboration, a current member for its own. Everyone else, the public included, reads the published fields only.
 * The endpoint that serves a record decides, with the record's collaboration in hand.
 */
@Component
public class Readers {

    private final Membership membership;

    public Readers(Membership membership) {
        this.membership = membership;
    }

    /** Blocking: a membership question rebuilds the collaboration. */
    public boolean readsAll(Optional<Caller> caller, String collaborationId) {
        return caller.map(found -> found.readsEverything()
                        || collaborationId != null && membership.isMember(collaborationId, found.stakeholderId()))
                     .orElse(false);
    }

    /** Refuses unless the caller reads everything (auditor or operator): 401 without a credential, 403 otherwise. */
    public static void requireReadsEverything(Optional<Caller> caller, String what) {
        if (caller.isEmpty()) {
            throw new Unauthenticated(what + " needs a bearer credential (Authorization: Bearer <token>)");
        }
        if (!caller.get().readsEverything()) {
            throw new NotPermitted("auditor-only", "Only auditors and the operator read " + what);
        }
    }
}
