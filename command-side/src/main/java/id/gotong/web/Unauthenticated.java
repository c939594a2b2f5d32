package id.gotong.web;

/** No credential, or one that is unknown, revoked or expired (HTTP 401). */
public class Unauthenticated extends RuntimeException {

    public Unauthenticated(String detail) {
        super(detail);
    }
}
