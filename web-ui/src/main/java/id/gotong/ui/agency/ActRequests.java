package id.gotong.ui.agency;

import id.gotong.events.MeetingEvent.AttendanceStatus;
import id.gotong.events.MeetingEvent.Channel;
import id.gotong.events.MeetingEvent.Formality;
import id.gotong.ui.Messages;
import id.gotong.ui.Pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a submitted form into the JSON body of a command endpoint. It checks only what the API could not tell apart
 * from a malformed request (a date that is not a date, a choice that is not offered); every rule, "required"
 * included, is left to the API, so the form shows exactly the API's refusals. Local times are in the server's zone.
 */
final class ActRequests {

    private final ZoneId zone;
    private final Messages text;

    ActRequests(ZoneId zone, Messages text) {
        this.zone = zone;
        this.text = text;
    }

    Map<String, Object> meeting(ActForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", form.value("title"));
        List<String> agenda = form.value("agenda").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (!agenda.isEmpty()) {
            body.put("agenda", agenda);
        }
        body.put("scheduledAt", instant(form, "scheduledAt"));
        body.put("formality", choice(form, "formality", Formality.values()));
        body.put("channel", choice(form, "channel", Channel.values()));
        List<String> invitees = form.values("invitees").stream().filter(Pages::validId).toList();
        if (!invitees.isEmpty()) {
            body.put("invitees", invitees);
        }
        occurredAt(form, body);
        return body;
    }

    /**
     * Rows without a status are left out; {@code sent} gets, for each entry sent, the row of the form it came from,
     * so a refusal of {@code entries[0]} lands on the right row.
     */
    Map<String, Object> attendance(ActForm form, int rows, List<Integer> sent) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String prefix = "entries[" + i + "].";
            String status = choice(form, prefix + "status", AttendanceStatus.values());
            if (status == null) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stakeholderId", form.value(prefix + "stakeholderId"));
            entry.put("status", status);
            String representedBy = form.optional(prefix + "representedBy");
            if (representedBy != null) {
                entry.put("representedBy", representedBy);
            }
            entries.add(entry);
            sent.add(i);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", entries);
        occurredAt(form, body);
        return body;
    }

    Map<String, Object> commitment(ActForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliverable", form.value("deliverable"));
        body.put("dueOn", date(form, "dueOn"));
        optionalId(form, "meetingId", body);
        optionalId(form, "agreementId", body);
        String decision = form.optional("decisionRef");
        if (decision != null) {
            body.put("decisionRef", decision);
        }
        occurredAt(form, body);
        return body;
    }

    Map<String, Object> outcome(ActForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicator", form.value("indicator"));
        body.put("period", form.value("period"));
        body.put("value", number(form, "value"));
        body.put("unit", form.value("unit"));
        for (String optional : List.of("baseline", "target", "minimum")) {
            String number = number(form, optional);
            if (number != null) {
                body.put(optional, number);
            }
        }
        String link = form.optional("evidenceLink");
        if (link != null) {
            body.put("evidenceLink", link);
        }
        occurredAt(form, body);
        return body;
    }

    private void occurredAt(ActForm form, Map<String, Object> body) {
        String occurredAt = instant(form, "occurredAt");
        if (occurredAt != null) {
            body.put("occurredAt", occurredAt);
        }
    }

    private void optionalId(ActForm form, String field, Map<String, Object> body) {
        String id = form.optional(field);
        if (id != null) {
            if (Pages.validId(id)) {
                body.put(field, id);
            } else {
                form.reject(field, "pattern", null, text);
            }
        }
    }

    /** A {@code datetime-local} value as an instant in the server's zone; {@code null} when empty. */
    private String instant(ActForm form, String field) {
        String value = form.optional(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant().toString();
        } catch (DateTimeParseException e) {
            form.reject(field, "date-time", null, text);
            return null;
        }
    }

    private String date(ActForm form, String field) {
        String value = form.optional(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            form.reject(field, "date", null, text);
            return null;
        }
    }

    /**
     * A decimal exactly as typed, since the value is evidence. Only a point marks decimals: {@code 4.401.980} (an
     * Indonesian thousands separator) or {@code 2,98} is refused rather than guessed at.
     */
    private String number(ActForm form, String field) {
        String value = form.optional(field);
        if (value == null) {
            return null;
        }
        try {
            new BigDecimal(value);
            return value;
        } catch (NumberFormatException e) {
            form.reject(field, "number", null, text);
            return null;
        }
    }

    private String choice(ActForm form, String field, Enum<?>[] allowed) {
        String value = form.optional(field);
        if (value == null) {
            return null;
        }
        if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            form.reject(field, "choice", null, text);
            return null;
        }
        return value;
    }
}
