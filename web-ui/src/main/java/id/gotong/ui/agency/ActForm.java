package id.gotong.ui.agency;

import id.gotong.ui.Messages;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form for one act: what was typed (so a refused form comes back filled in), the refusals placed next to the fields
 * they name, and an error summary at the top that links to each field. The field names are the command API's body
 * fields ({@code title}, {@code entries[0].status}), so a problem's {@code field} finds its input directly.
 */
public final class ActForm {

    private static final Pattern LAST_PART = Pattern.compile("(.*)(\\[\\d*]|\\.[A-Za-z]+)$");

    /**
     * One refusal; {@code anchor} is the id of the input it belongs to, if any; {@code lang} is {@code "en"} when the
     * text is the API's own {@code detail} (for a rule the pages have no text for), {@code null} when in the page's
     * language.
     */
    public record Refusal(String anchor, String label, String text, String rule, String lang) {
    }

    private final MultiValueMap<String, String> values;
    private final Set<String> fields;
    private final Map<String, List<Refusal>> errors = new LinkedHashMap<>();
    private final List<Refusal> summary = new ArrayList<>();
    private final String idempotencyKey;

    /** @param fields the names of the inputs on this form; a refusal naming another field goes to the summary */
    private ActForm(MultiValueMap<String, String> values, Set<String> fields, String idempotencyKey) {
        this.values = values;
        this.fields = fields;
        this.idempotencyKey = idempotencyKey;
    }

    public static ActForm blank(Set<String> fields) {
        return new ActForm(new LinkedMultiValueMap<>(), fields, UUID.randomUUID().toString());
    }

    /** A submitted form; it keeps the key it was rendered with, so sending it twice records the act once. */
    public static ActForm submitted(MultiValueMap<String, String> values, Set<String> fields) {
        String key = values.getFirst("idempotencyKey");
        boolean wellFormed = key != null && key.matches("[A-Za-z0-9-]{1,100}");
        return new ActForm(values, fields, wellFormed ? key : UUID.randomUUID().toString());
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String value(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value;
    }

    /** The trimmed value, or {@code null} when empty. */
    public String optional(String name) {
        String value = value(name).strip();
        return value.isEmpty() ? null : value;
    }

    public List<String> values(String name) {
        List<String> list = values.get(name);
        return list == null ? List.of() : list;
    }

    public boolean checked(String name, String value) {
        return values(name).contains(value);
    }

    public boolean hasErrors() {
        return !summary.isEmpty();
    }

    public List<Refusal> summary() {
        return summary;
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public List<Refusal> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** For templates: {@link #id}. */
    public String idOf(String field) {
        return id(field);
    }

    public String errorIdOf(String field) {
        return errorId(field);
    }

    /** The ids an input's {@code aria-describedby} names: its hint, if it has one, and its errors, if any. */
    public String describedBy(String field, boolean hint) {
        String ids = (hint ? id(field) + "-hint " : "") + (invalid(field) ? errorId(field) : "");
        return ids.isBlank() ? null : ids.strip();
    }

    /** The id of a field's input: {@code entries[0].status} → {@code entries-0-status}. */
    public static String id(String field) {
        return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** The id of a field's error message, for {@code aria-describedby}. */
    public static String errorId(String field) {
        return id(field) + "-error";
    }

    /**
     * Places a refusal: at the named field, or at the nearest enclosing field on the form ({@code agenda[2]} at
     * {@code agenda}), or, when the form has no such field, in the summary only.
     */
    public void reject(String field, String rule, String detail, Messages text) {
        String placed = place(field);
        String label = placed == null ? null : text.get("field." + base(placed));
        String localized = rule == null ? null : text.source().getMessage("rule." + rule, null, null, text.locale());
        String message = localized != null ? localized : detail != null ? detail : rule;
        Refusal refusal = new Refusal(placed == null ? null : id(placed), label, message, rule,
                localized == null ? "en" : null);
        if (placed != null) {
            errors.computeIfAbsent(placed, k -> new ArrayList<>()).add(refusal);
        }
        summary.add(refusal);
    }

    /** Every refusal an RFC 9457 problem carries: its {@code errors} list, or its own {@code field} and {@code rule}. */
    public void reject(JsonNode problem, Messages text) {
        JsonNode list = problem.path("errors");
        if (list.isArray() && !list.isEmpty()) {
            for (JsonNode error : list) {
                reject(string(error, "field"), string(error, "rule"), string(error, "detail"), text);
            }
            return;
        }
        reject(string(problem, "field"), string(problem, "rule"), string(problem, "detail"), text);
    }

    private String place(String field) {
        String candidate = field;
        while (candidate != null && !candidate.isEmpty()) {
            if (fields.contains(candidate)) {
                return candidate;
            }
            Matcher m = LAST_PART.matcher(candidate);
            candidate = m.matches() ? m.group(1) : null;
        }
        return null;
    }

    /** {@code entries[0].status} → {@code status}, for its label. */
    static String base(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return last.replaceAll("\\[\\d*]", "");
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
