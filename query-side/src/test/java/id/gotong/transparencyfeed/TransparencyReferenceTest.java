package id.gotong.transparencyfeed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/transparency.md} lists, for every event type, its Activity Streams type and which fields the feeds
 * publish and withhold. That part is generated from {@link Publication} and {@link PublicActs} and compared here, so
 * the page cannot drift from the code. After a change run
 * {@code ./mvnw -pl query-side -am test -Dtest=TransparencyReferenceTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgotong.docs.write=true} and review the diff.
 */
class TransparencyReferenceTest {

    static final Path DOC = Path.of("../docs/transparency.md");
    static final String BEGIN = "<!-- generated from the code by TransparencyReferenceTest: do not edit below -->";

    @Test
    void theReferenceInDocsTransparencyMdMatchesTheCode() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int at = doc.indexOf(BEGIN);
        assertThat(at).as("docs/transparency.md has the marker line").isNotNegative();
        String expected = doc.substring(0, at) + BEGIN + "\n\n" + reference();
        if (Boolean.getBoolean("gotong.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/transparency.md is stale: rerun with -Dgotong.docs.write=true").isEqualTo(expected);
    }

    static String reference() {
        Map<String, Set<String>> verbs = new LinkedHashMap<>();
        for (PublicAct act : EveryPublicAct.publicActs()) {
            verbs.computeIfAbsent(act.eventType(), type -> new LinkedHashSet<>()).add("`" + act.verb().as2() + "`");
        }
        StringBuilder out = new StringBuilder();
        out.append("## Every event type\n\n")
                .append("| event | Activity Streams `type` | published | withheld (why) |\n")
                .append("| --- | --- | --- | --- |\n");
        for (Class<?> type : Publication.eventTypes()) {
            Publication.Fields fields = Publication.fields(type);
            String published = fields.published().stream().map(path -> "`" + path + "`")
                    .collect(Collectors.joining(", "));
            String withheld = fields.withheld().isEmpty() ? "—" : fields.withheld().entrySet().stream()
                    .map(field -> "`" + field.getKey() + "` (`" + field.getValue().name() + "`)")
                    .collect(Collectors.joining(", "));
            out.append("| `").append(type.getSimpleName()).append("` | ")
                    .append(String.join(" or ", verbs.get(type.getSimpleName()))).append(" | ")
                    .append(published).append(" | ").append(withheld).append(" |\n");
        }
        out.append("\n## Why a field is withheld\n\n| reason | the field |\n| --- | --- |\n");
        Arrays.stream(Withheld.values()).forEach(reason -> out.append("| `").append(reason.name()).append("` | ")
                .append(reason.why()).append(" |\n"));
        out.append("\nStakeholder ids (").append(Publication.ORGANISATION_FIELDS.stream().sorted()
                        .map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
                .append(") are published as the organisation: `{id, name, sector}`.\n");
        return out.toString();
    }
}
