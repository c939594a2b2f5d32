package id.gotong.datasubject;

import com.fasterxml.jackson.annotation.JsonCreator;
import id.gotong.events.PersonalData;
import id.gotong.web.PathIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A private person named in a request: {@code {"name": "Budi Santoso", "subject": "ds-…"}}. The client
 * chooses the subject id so that every act naming the same person shares it, and one erasure reaches them all;
 * without one, the server makes a new subject ({@code ds-…}) that the resource read back shows. A plain string is
 * read as a name without a subject (what the web forms send).
 *
 * @param subject the data subject's id, {@value PathIds#PATTERN}
 */
public record NamedPerson(@NotBlank @Size(max = 200) String name,
                          @Pattern(regexp = PathIds.PATTERN) String subject) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public NamedPerson {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NamedPerson named(String name) {
        return new NamedPerson(name, null);
    }

    /** The name as personal data of its subject; a new subject when the request named none. */
    public PersonalData personalData() {
        return PersonalData.of(subject == null ? PathIds.newId("ds") : subject, name);
    }
}
