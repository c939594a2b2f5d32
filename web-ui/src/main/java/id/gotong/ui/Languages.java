package id.gotong.ui;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page: the visitor's choice from the cookie {@value #COOKIE}, otherwise English if the browser's
 * {@code Accept-Language} ranks English above Indonesian, otherwise Indonesian. The audience is Indonesian: a
 * browser that asks for neither language (or for French) gets Indonesian.
 */
public class Languages implements LocaleContextResolver {

    public static final String COOKIE = "gotong-lang";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        HttpCookie chosen = exchange.getRequest().getCookies().getFirst(COOKIE);
        Locale locale = Optional.ofNullable(chosen).flatMap(c -> supported(c.getValue()))
                .orElseGet(() -> fromAcceptLanguage(exchange.getRequest().getHeaders().getFirst("Accept-Language")));
        return new SimpleLocaleContext(locale);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        Locale locale = localeContext == null ? null : localeContext.getLocale();
        exchange.getResponse().addCookie(cookie(locale == null ? INDONESIAN : locale));
    }

    /** Remembered for a year; not needed by scripts, and sent on same-site navigation only. */
    public static ResponseCookie cookie(Locale locale) {
        return ResponseCookie.from(COOKIE, locale.getLanguage()).path("/").maxAge(Duration.ofDays(365))
                .httpOnly(true).sameSite("Lax").build();
    }

    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)
                || "in".equals(language) && l == INDONESIAN).findFirst();
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return INDONESIAN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return INDONESIAN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            if (primary.equals("en")) {
                return ENGLISH;
            }
            if (primary.equals("id") || primary.equals("in")) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }
}
