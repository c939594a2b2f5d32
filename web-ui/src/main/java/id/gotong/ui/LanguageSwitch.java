package id.gotong.ui;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.util.Locale;

/**
 * The visible language switch: a plain link, so it works without JavaScript. It remembers the choice in a cookie and
 * goes back to the page it came from; only a path on this site is followed, never another site.
 */
@Controller
public class LanguageSwitch {

    @GetMapping("/language")
    ResponseEntity<Void> choose(@RequestParam(required = false) String lang,
                                @RequestParam(required = false) String next) {
        Locale locale = Languages.supported(lang).orElse(Languages.INDONESIAN);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(localPath(next)))
                .header("Set-Cookie", Languages.cookie(locale).toString())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** {@code /x?y} stays; {@code //host}, {@code /\host}, {@code https://host} and anything odd become {@code /}. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(next);
            return uri.getScheme() == null && uri.getAuthority() == null ? next : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
