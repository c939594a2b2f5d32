package id.gotong.ledger;

/** A proof, signature or signed note did not verify; the message says why. */
public class VerificationException extends RuntimeException {
    public VerificationException(String reason) {
        super(reason);
    }
}
