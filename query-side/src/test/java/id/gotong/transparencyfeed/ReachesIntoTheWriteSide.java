package id.gotong.transparencyfeed;

import id.gotong.agreement.Agreement;
import id.gotong.agreement.SignAgreement;

/**
 * Never used: what {@code QuerySideArchitectureTest} must refuse, a feed class reading an aggregate and its command.
 * A list of package names once let exactly this pass, because {@code transparencyfeed} was not on it.
 */
public final class ReachesIntoTheWriteSide {

    private ReachesIntoTheWriteSide() {
    }

    static String signer(Agreement agreement, SignAgreement sign) {
        return agreement + " " + sign;
    }
}
