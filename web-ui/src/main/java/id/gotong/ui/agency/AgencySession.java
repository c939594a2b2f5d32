package id.gotong.ui.agency;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

import java.time.Duration;
import java.util.Optional;

/**
 * The signed-in agency's credential, in a cookie the page's scripts cannot read ({@code HttpOnly}), that the browser
 * sends only to the agency pages ({@code Path=/agency}) and never with a request started by another site
 * ({@code SameSite=Strict}), and that ends with the browser session (no {@code Max-Age}). {@code Secure} when the page
 * was served over HTTPS.
 */
final class AgencySession {

    static final String COOKIE = "gotong-agency";
    static final String PATH = "/agency";

    private AgencySession() {
    }

    static Optional<String> token(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        return Optional.ofNullable(cookie).map(HttpCookie::getValue).filter(v -> !v.isBlank());
    }

    static void signIn(ServerWebExchange exchange, String token) {
        exchange.getResponse().addCookie(base(exchange, token).build());
    }

    static void signOut(ServerWebExchange exchange) {
        exchange.getResponse().addCookie(base(exchange, "").maxAge(Duration.ZERO).build());
    }

    private static ResponseCookie.ResponseCookieBuilder base(ServerWebExchange exchange, String value) {
        boolean secure = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())
                || exchange.getRequest().getSslInfo() != null;
        return ResponseCookie.from(COOKIE, value).httpOnly(true).sameSite("Strict").path(PATH).secure(secure);
    }
}
