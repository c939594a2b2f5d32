package id.gotong.ui;

import id.gotong.projection.BadQuery;
import id.gotong.projection.NotFound;
import id.gotong.web.PathIds;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ServerWebExchange;

import java.util.regex.Pattern;

/** What page handlers share: reading htmx requests, and answering "not found" or "bad request" as a page. */
public final class Pages {

    private static final Pattern ID = Pattern.compile(PathIds.PATTERN);

    private Pages() {
    }

    /** Whether htmx made the request, so a fragment will do instead of the whole page. */
    public static boolean htmx(ServerWebExchange exchange) {
        return "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The error page for a read the query side refused: 404 for nothing there, 400 for a bad question. */
    public static String error(RuntimeException e, ServerWebExchange exchange, Model model) {
        boolean missing = e instanceof NotFound;
        exchange.getResponse().setStatusCode(missing ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        model.addAttribute("status", missing ? 404 : 400);
        model.addAttribute("detail", e.getMessage());
        model.addAttribute("field", e instanceof BadQuery bad ? bad.field() : null);
        // Exception handlers get a model of their own, without what PageModel adds.
        model.addAttribute("currentPath", exchange.getRequest().getPath().value());
        return "error/page";
    }

    public static String notFound(ServerWebExchange exchange, Model model, String detail) {
        return error(new NotFound("not-found", detail), exchange, model);
    }
}
