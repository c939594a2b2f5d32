package id.gotong.ui;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import java.time.Clock;
import java.util.Locale;

/** What every page template can use: formatting in the page's language, and where the language switch returns. */
@ControllerAdvice(basePackages = "id.gotong.ui")
class PageModel {

    private final Clock clock;

    PageModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute
    void common(ServerWebExchange exchange, Model model) {
        Locale locale = exchange.getLocaleContext().getLocale();
        model.addAttribute("fmt", new Formats(locale == null ? Languages.INDONESIAN : locale, clock.getZone()));
        String query = exchange.getRequest().getURI().getRawQuery();
        String path = exchange.getRequest().getPath().value();
        model.addAttribute("currentPath", query == null ? path : path + "?" + query);
        model.addAttribute("section", section(path));
    }

    /** Which navigation link is the current page ({@code aria-current}). */
    static String section(String path) {
        if (path.startsWith("/ledger")) {
            return "ledger";
        } else if (path.startsWith("/audit")) {
            return "audit";
        } else if (path.startsWith("/agency")) {
            return "agency";
        }
        return "collaborations";
    }
}
