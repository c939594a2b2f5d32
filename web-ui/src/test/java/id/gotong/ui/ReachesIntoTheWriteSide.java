package id.gotong.ui;

import id.gotong.access.CredentialEndpoints;
import id.gotong.datasubject.ErasureEndpoints;

/**
 * Never used: what {@code UiArchitectureTest} must refuse, a page calling write endpoints in-process. A list of package
 * names once let exactly this pass, because it named neither {@code access} nor {@code datasubject}.
 */
public final class ReachesIntoTheWriteSide {

    private ReachesIntoTheWriteSide() {
    }

    static String endpoints(ErasureEndpoints erasure, CredentialEndpoints credentials) {
        return erasure + " " + credentials;
    }
}
