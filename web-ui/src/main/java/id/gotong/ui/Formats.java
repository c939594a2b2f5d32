package id.gotong.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers as a reader of the page's language expects them, in the server's zone ({@code gotong.zone}).
 * Reported outcome values are never formatted here: they are shown exactly as recorded, because they are evidence.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", locale).withZone(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** For {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    /** A share written as a decimal string ({@code "0.7656"}), as the dashboard computes it exactly. */
    public String percentText(String share) {
        return share == null ? "–" : percent(Double.valueOf(share));
    }

    public String decimal(Double value, int fractionDigits) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** The last characters of a long id or hash, for tables; the whole value stays in a {@code title}. */
    public String shortId(String id) {
        return id == null || id.length() <= 12 ? id : "…" + id.substring(id.length() - 10);
    }
}
