package id.gotong.ui;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Security headers for the pages (not the JSON API, not Swagger UI). Scripts and styles come only from this site, so
 * nothing injected into a page can run; the pages put no inline script or style anywhere, and htmx is told not to
 * add its own (see {@code fragments/layout.html}).
 */
@Component
public class PageHeaders implements WebFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    private static final List<String> PREFIXES = List.of("/collaborations", "/stakeholders", "/ledger", "/audit",
            "/agency", "/language");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (isPage(exchange.getRequest().getPath().value())) {
            exchange.getResponse().beforeCommit(() -> {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "same-origin");
                headers.set("X-Frame-Options", "DENY");
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    public static boolean isPage(String path) {
        return path.equals("/") || PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
