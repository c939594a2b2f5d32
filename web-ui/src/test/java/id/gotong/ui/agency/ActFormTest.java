package id.gotong.ui.agency;

import id.gotong.ui.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem+json refusal lands next to the field it names, or in the summary when the form has no such field. */
class ActFormTest {

    static final Messages TEXT = messages();

    static Messages messages() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("rule.not-blank", Locale.ENGLISH, "Required.");
        source.addMessage("field.title", Locale.ENGLISH, "Title");
        source.addMessage("field.agenda", Locale.ENGLISH, "Agenda");
        source.addMessage("field.status", Locale.ENGLISH, "Attendance");
        return new Messages(source, Locale.ENGLISH);
    }

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    @Test
    void aFieldRefusalIsShownAtTheFieldInTheFormsLanguage() {
        ActForm form = ActForm.blank(AgencyPages.MEETING_FIELDS);
        form.reject(json("""
                {"status":400,"rule":"not-blank","field":"title","detail":"title: must not be blank",
                 "errors":[{"field":"title","rule":"not-blank","detail":"must not be blank"}]}"""), TEXT);
        assertThat(form.invalid("title")).isTrue();
        assertThat(form.errors("title")).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Required.");
            assertThat(e.rule()).isEqualTo("not-blank");
            assertThat(e.anchor()).isEqualTo("title");
        });
        assertThat(form.summary()).singleElement().satisfies(e -> assertThat(e.label()).isEqualTo("Title"));
        assertThat(form.describedBy("title", false)).isEqualTo("title-error");
    }

    @Test
    void anElementOfAListIsShownAtTheList() {
        ActForm form = ActForm.blank(AgencyPages.MEETING_FIELDS);
        form.reject("agenda[2]", "size", "size must be between 0 and 500", TEXT);
        assertThat(form.invalid("agenda")).isTrue();
        assertThat(form.errors("agenda").get(0).text()).isEqualTo("size must be between 0 and 500");
    }

    @Test
    void anAttendanceRowIsShownAtItsOwnField() {
        ActForm form = ActForm.blank(AgencyPages.attendanceFields(3));
        form.reject("entries[1].status", "not-null", null, TEXT);
        assertThat(form.invalid("entries[1].status")).isTrue();
        assertThat(ActForm.id("entries[1].status")).isEqualTo("entries-1-status");
        form.reject("entries[1].representedBy", "represented-by-named-when-represented", "name them", TEXT);
        assertThat(form.invalid("entries[1].representedBy")).isTrue();
    }

    @Test
    void aRefusalOfNoFieldOnTheFormGoesToTheSummaryOnly() {
        ActForm form = ActForm.blank(AgencyPages.MEETING_FIELDS);
        form.reject(json("""
                {"status":403,"rule":"members-only","detail":"Only members act in this collaboration"}"""), TEXT);
        assertThat(form.hasErrors()).isTrue();
        assertThat(form.summary()).singleElement().satisfies(e -> {
            assertThat(e.anchor()).isNull();
            assertThat(e.text()).isEqualTo("Only members act in this collaboration");
        });
        assertThat(AgencyPages.MEETING_FIELDS).allSatisfy(field -> assertThat(form.invalid(field)).isFalse());
    }

    @Test
    void theRowsOfARefusedAttendanceAreThoseOfTheForm() {
        JsonNode problem = json("""
                {"rule":"not-null","field":"entries[0].status",
                 "errors":[{"field":"entries[1].representedBy","rule":"size"}]}""");
        JsonNode mapped = AgencyPages.entriesByRow(problem, java.util.List.of(2, 4));
        assertThat(mapped.path("field").asString()).isEqualTo("entries[2].status");
        assertThat(mapped.path("errors").get(0).path("field").asString()).isEqualTo("entries[4].representedBy");
    }

    @Test
    void aSubmittedFormKeepsItsKeySoASecondSendRecordsNothingNew() {
        LinkedMultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        values.add("idempotencyKey", "3f2c9a0e-1111-2222-3333-444455556666");
        values.add("title", "Forum");
        ActForm form = ActForm.submitted(values, Set.of("title"));
        assertThat(form.idempotencyKey()).isEqualTo("3f2c9a0e-1111-2222-3333-444455556666");
        assertThat(form.value("title")).isEqualTo("Forum");
        values.set("idempotencyKey", "<script>");
        assertThat(ActForm.submitted(values, Set.of()).idempotencyKey()).doesNotContain("<");
    }
}
