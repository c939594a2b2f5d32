package id.gotong;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Evidences;
import id.gotong.events.TheoryElement;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/acts.md} names every command, event, field, theory mapping and rule. Its reference part is generated
 * from the code and compared here, so the document cannot drift from the code. To update it after a change, run
 * {@code ./mvnw -pl command-side test -Dtest=ActsReferenceTest -Dgotong.docs.write=true} and review the diff.
 */
class ActsReferenceTest {

    static final Path DOC = Path.of("../docs/acts.md");
    static final String BEGIN = "<!-- generated from the code by ActsReferenceTest: do not edit below -->";
    static final Pattern RULE = Pattern.compile(
            "new (RuleViolation|NotPermitted|StateConflict|UnknownCollaboration)\\(\\s*\"([a-z0-9-]+)\"");
    /** A rule handed to a helper that throws {@code new NotPermitted(rule, …)} takes that helper's type. */
    static final Pattern HELPER = Pattern.compile("new (RuleViolation|NotPermitted|StateConflict)\\(\\s*rule\\b");
    static final Pattern SUPER = Pattern.compile("class (\\w+) extends \\w+[\\s\\S]*?super\\(\\s*\"([a-z0-9-]+)\"");
    /** Rules answered by the web layer itself: {@code problem(HttpStatus.X, "rule", …)} or {@code invalid(field, "rule", …)}. */
    static final Pattern WEB = Pattern.compile("HttpStatus\\.([A-Z_]+),\\s*\"([a-z0-9-]+)\"");
    static final Pattern INVALID = Pattern.compile("Requests\\.invalid\\([^,]+,\\s*\"([a-z0-9-]+)\"");
    static final Pattern KEBAB = Pattern.compile("\"([a-z0-9]+(?:-[a-z0-9]+)+)\"");
    static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("RuleViolation", "422"), Map.entry("NotPermitted", "403"), Map.entry("StateConflict", "409"),
            Map.entry("UnknownCollaboration", "404"), Map.entry("BAD_REQUEST", "400"), Map.entry("NOT_FOUND", "404"),
            Map.entry("CONFLICT", "409"), Map.entry("UNAUTHORIZED", "401"), Map.entry("CONTENT_TOO_LARGE", "413"),
            Map.entry("FORBIDDEN", "403"), Map.entry("UNSUPPORTED_MEDIA_TYPE", "415"));

    @Test
    void theReferenceInDocsActsMdMatchesTheCode() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int at = doc.indexOf(BEGIN);
        assertThat(at).as("docs/acts.md has the marker line").isNotNegative();
        String expected = doc.substring(0, at) + BEGIN + "\n\n" + reference();
        if (Boolean.getBoolean("gotong.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/acts.md is stale: rerun with -Dgotong.docs.write=true").isEqualTo(expected);
    }

    static String reference() throws IOException {
        List<Class<?>> classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gotong").stream()
                .map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        StringBuilder out = new StringBuilder();

        out.append("## Commands\n\n| feature | command | fields |\n| --- | --- | --- |\n");
        classes.stream().filter(Class::isRecord).filter(ActsReferenceTest::isCommand).forEach(c -> out
                .append("| ").append(feature(c)).append(" | `").append(c.getSimpleName()).append("` | ")
                .append(fields(c, List.of())).append(" |\n"));

        out.append("\n## Events\n\nEvery event also carries `provenance` (actor, collaborationId, occurredAt, "
                + "recordedAt, authority, evidences).\n\n| aggregate | event | revision | fields | evidences |\n"
                + "| --- | --- | --- | --- | --- |\n");
        classes.stream().filter(Class::isRecord).filter(CollaborationAct.class::isAssignableFrom).forEach(e -> out
                .append("| ").append(e.getInterfaces()[0].getSimpleName()).append(" | `").append(e.getSimpleName())
                .append("` | ").append(revision(e)).append(" | ").append(fields(e, List.of("provenance")))
                .append(" | ").append(evidences(e)).append(" |\n"));

        out.append("\n## Rules\n\nEach refusal names its rule in the problem's `rule` property; nothing is "
                + "appended.\n\n| feature | rule | refused as | HTTP |\n| --- | --- | --- | --- |\n");
        rules().forEach((key, type) -> out.append("| ").append(key.split(" ")[0]).append(" | `")
                .append(key.split(" ")[1]).append("` | ").append(type.equals(type.toUpperCase()) ? "problem (web)" : type).append(" | ").append(STATUS.getOrDefault(type, type))
                .append(" |\n"));
        return out.toString();
    }

    private static boolean isCommand(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getAccessor().getDeclaringClass().equals(type)
                        && fieldAnnotated(type, c.getName()));
    }

    private static boolean fieldAnnotated(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static String feature(Class<?> type) {
        return type.getPackageName().substring("id.gotong.".length());
    }

    private static String fields(Class<?> type, List<String> skip) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(n -> !skip.contains(n))
                .collect(Collectors.joining(", "));
    }

    private static String revision(Class<?> type) {
        org.axonframework.serialization.Revision revision =
                type.getAnnotation(org.axonframework.serialization.Revision.class);
        return revision == null ? "—" : revision.value();
    }

    private static String evidences(Class<?> type) {
        Evidences evidences = type.getAnnotation(Evidences.class);
        return evidences == null ? "—" : Arrays.stream(evidences.value()).map(TheoryElement::name)
                .map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    /** Rule names as the code throws them, by feature package. */
    private static Map<String, String> rules() throws IOException {
        Map<String, String> rules = new TreeMap<>();
        Path root = Path.of("src/main/java/id/gotong");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = root.relativize(file.getParent()).toString().replace('/', '.');
                String source = Files.readString(file);
                Matcher matcher = RULE.matcher(source);
                while (matcher.find()) {
                    rules.putIfAbsent(feature + " " + matcher.group(2), matcher.group(1));
                }
                for (Matcher m = SUPER.matcher(source); m.find(); ) {
                    rules.putIfAbsent(feature + " " + m.group(2), m.group(1));
                }
                for (Matcher m = WEB.matcher(source); m.find(); ) {
                    rules.putIfAbsent(feature + " " + m.group(2), m.group(1));
                }
                for (Matcher m = INVALID.matcher(source); m.find(); ) {
                    rules.putIfAbsent(feature + " " + m.group(1), "BAD_REQUEST");
                }
                Matcher helper = HELPER.matcher(source);
                if (helper.find()) {
                    for (Matcher m = KEBAB.matcher(source); m.find(); ) {
                        rules.putIfAbsent(feature + " " + m.group(1), helper.group(1));
                    }
                }
            }
        }
        return rules;
    }

    @Test
    void everyRuleNameIsKebabCaseAndUniquePerFeature() throws IOException {
        assertThat(rules()).isNotEmpty().allSatisfy((key, type) -> assertThat(key.split(" ")[1]).matches("[a-z0-9-]+"));
        assertThat(new TreeSet<>(rules().keySet())).hasSizeGreaterThan(30);
    }

    /** Every kebab-case literal in the command side is a rule name; each must reach the reference. */
    @Test
    void everyRuleNameInTheCodeIsInTheReference() throws IOException {
        java.util.Set<String> listed = rules().keySet().stream().map(k -> k.split(" ")[1])
                .collect(Collectors.toSet());
        java.util.Set<String> inCode = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/gotong"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (Matcher m = KEBAB.matcher(Files.readString(file)); m.find(); ) {
                    inCode.add(m.group(1));
                }
            }
        }
        assertThat(listed).containsAll(inCode);
    }
}
