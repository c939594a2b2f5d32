package id.gotong.ui.agency;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery protection for the agency pages, on top of the {@code SameSite=Strict} cookie: a request
 * that changes anything ({@code POST} and the like) under {@code /agency} must say it comes from this very origin, by
 * its {@code Origin} header (or, from older browsers, its {@code Referer}), and must not be marked by the browser as
 * cross-origin ({@code Sec-Fetch-Site}). SameSite alone is not enough: a sibling subdomain is "same site". A request
 * that names no origin at all is refused too. See {@code docs/web-ui.md}.
 */
@Component
public class SameOriginCheck implements WebFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        boolean agency = path.equals(AgencySession.PATH) || path.startsWith(AgencySession.PATH + "/");
        if (!agency || SAFE.contains(exchange.getRequest().getMethod()) || sameOrigin(exchange)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        exchange.getResponse().getHeaders().setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
        byte[] body = "Refused: this form must be sent from a page of this site (cross-site request).\n"
                .getBytes(StandardCharsets.UTF_8);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }

    static boolean sameOrigin(ServerWebExchange exchange) {
        String fetchSite = exchange.getRequest().getHeaders().getFirst("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin")) {
            return false;
        }
        String claimed = exchange.getRequest().getHeaders().getOrigin();
        if (claimed == null || claimed.equals("null")) {
            claimed = exchange.getRequest().getHeaders().getFirst("Referer");
        }
        return claimed != null && sameOrigin(claimed, exchange.getRequest().getURI());
    }

    static boolean sameOrigin(String claimed, URI self) {
        try {
            URI other = URI.create(claimed);
            return other.getScheme() != null && other.getHost() != null
                    && other.getScheme().equalsIgnoreCase(self.getScheme())
                    && other.getHost().toLowerCase(Locale.ROOT).equals(self.getHost().toLowerCase(Locale.ROOT))
                    && port(other) == port(self);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
