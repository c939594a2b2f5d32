package id.gotong.ui;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of the pages, in {@code i18n/messages*.properties}: Indonesian in the base bundle, English in
 * {@code _en}. Deliberately not the application's {@code messageSource}, so the JSON API's problem details are
 * untouched by page texts. Falling back to the JVM's locale is off: on a server running in English an Indonesian page
 * would otherwise come out in English. Every text goes through {@code MessageFormat}, with or without arguments, so a
 * quote is always written {@code ''}.
 */
public class PageMessages extends ResourceBundleMessageSource {

    public PageMessages() {
        setBasename("i18n/messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
        setAlwaysUseMessageFormat(true);
    }
}
