package id.gotong.ui;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** The page texts in one language, for the few texts built in Java (chart labels); templates use {@code #{...}}. */
public record Messages(MessageSource source, Locale locale) {

    public String get(String code, Object... args) {
        return source.getMessage(code, args, code, locale);
    }
}
