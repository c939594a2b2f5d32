package id.gotong.role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files under infra/deploy are not run on our machines (no Docker, no cluster), so this keeps them from
 * drifting silently: they parse, every {@code GOTONG_*} / {@code SERVER_*} variable they set is a property the
 * application reads, every role they give is a role, and the routers name services that exist.
 */
class DeploymentFilesTest {

    static final Path DEPLOY = Path.of("../deploy");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)");
    static final Pattern CONDITIONAL = Pattern.compile("@ConditionalOnProperty\\(name = \"([a-z0-9.-]+)\"");
    static final Pattern UPSTREAM_SERVER = Pattern.compile("server ([a-z0-9-]+):8080;");
    /** Spring Boot's own properties the files set. */
    static final Set<String> BOOT = Set.of("server.port");

    @Test
    void composeSetsOnlyPropertiesTheApplicationReads() throws IOException {
        Map<String, Object> compose = yaml(DEPLOY.resolve("docker-compose.yml")).get(0);
        Map<String, Map<String, Object>> services = cast(compose.get("services"));
        assertThat(services).containsKeys("mongo1", "mongo2", "mongo3", "mongo-init", "command", "query", "router");
        assertThat(services.get("mongo1").get("image")).isEqualTo("mongo:7");
        assertThat(String.valueOf(services.get("mongo-init").get("entrypoint"))).contains("rs.initiate")
                .contains("mongo1:27017").contains("mongo2:27017").contains("mongo3:27017");

        Map<String, String> roles = new HashMap<>();
        for (String app : List.of("command", "query")) {
            Map<String, Object> environment = cast(services.get(app).get("environment"));
            assertThat(environment).containsKeys("GOTONG_ROLE", "GOTONG_MONGODB_URI", "GOTONG_LEDGER_SIGNER_KEY");
            assertKnown(environment.keySet(), "docker-compose.yml " + app);
            roles.put(app, String.valueOf(environment.get("GOTONG_ROLE")));
        }
        assertThat(roles).containsEntry("command", "command").containsEntry("query", "query");
        roles.values().forEach(ProcessRole::parse);
        Map<String, Object> commandEnvironment = cast(services.get("command").get("environment"));
        assertThat(String.valueOf(commandEnvironment.get("GOTONG_MONGODB_URI")))
                .contains("replicaSet=rs0");
        assertThat(upstreams(DEPLOY.resolve("router.conf"))).isSubsetOf(services.keySet()).contains("command", "query");
    }

    @Test
    void kubernetesManifestsSetOnlyPropertiesTheApplicationReads() throws IOException {
        Set<String> services = new HashSet<>();
        Map<String, String> roles = new HashMap<>();
        List<Path> manifests;
        try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
            manifests = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(manifests).extracting(f -> f.getFileName().toString())
                .contains("command.yaml", "query.yaml", "router.yaml", "kustomization.yaml", "secret.example.yaml");
        for (Path manifest : manifests) {
            for (Map<String, Object> document : yaml(manifest)) {
                assertThat(document).as(manifest.toString()).containsKey("kind");
                Map<String, Object> metadata = cast(document.get("metadata"));
                if ("Service".equals(document.get("kind"))) {
                    services.add(String.valueOf(metadata.get("name")));
                }
                if (!"Deployment".equals(document.get("kind"))) {
                    continue;
                }
                Map<String, Object> spec = cast(document.get("spec"));
                Map<String, Object> template = cast(spec.get("template"));
                Map<String, Object> pod = cast(template.get("spec"));
                for (Map<String, Object> container : DeploymentFilesTest.<List<Map<String, Object>>>cast(pod.get("containers"))) {
                    List<Map<String, Object>> env = cast(container.getOrDefault("env", List.of()));
                    List<String> names = env.stream().map(e -> String.valueOf(e.get("name"))).toList();
                    assertKnown(names, manifest.getFileName() + " " + metadata.get("name"));
                    env.stream().filter(e -> "GOTONG_ROLE".equals(e.get("name")))
                            .forEach(e -> roles.put(String.valueOf(metadata.get("name")), String.valueOf(e.get("value"))));
                }
            }
        }
        assertThat(roles).containsEntry("gotong-command", "command").containsEntry("gotong-query", "query");
        roles.values().forEach(ProcessRole::parse);
        assertThat(upstreams(DEPLOY.resolve("kubernetes/router.conf"))).isSubsetOf(services)
                .contains("gotong-command", "gotong-query");
    }

    @Test
    void everyDeploymentFileSaysItIsNotExercisedHere() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DEPLOY)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : files) {
            assertThat(Files.readString(file)).as(file.toString()).contains("NOT EXERCISED");
        }
    }

    /** Fails naming the variables that map to no property the application reads. */
    static void assertKnown(java.util.Collection<String> variables, String where) throws IOException {
        Set<String> known = knownVariables();
        List<String> unknown = variables.stream()
                .filter(v -> v.startsWith("GOTONG_") || v.startsWith("SERVER_"))
                .filter(v -> !known.contains(v)).toList();
        assertThat(unknown).as(where + " sets variables the application does not read").isEmpty();
    }

    private static Set<String> knownVariablesCache;

    /**
     * The environment variable of every property the application reads: application.yml's keys, the
     * {@code @ConfigurationProperties} records' components, {@code ${...}} placeholders and
     * {@code @ConditionalOnProperty} names in the main sources of every module, and Spring Boot's {@link #BOOT}.
     */
    static synchronized Set<String> knownVariables() throws IOException {
        if (knownVariablesCache != null) {
            return knownVariablesCache;
        }
        Set<String> properties = new TreeSet<>(BOOT);
        flatten("", yaml(Path.of("src/main/resources/application.yml")).get(0), properties);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition definition : scanner.findCandidateComponents("id.gotong")) {
            Class<?> type;
            try {
                type = Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent component : type.getRecordComponents()) {
                properties.add(prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("../.."))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")
                    && p.toString().contains("src" + java.io.File.separator + "main")).toList()) {
                String text = Files.readString(source);
                for (Pattern pattern : List.of(PLACEHOLDER, CONDITIONAL)) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        properties.add(matcher.group(1));
                    }
                }
            }
        }
        Set<String> variables = new HashSet<>();
        // Spring Boot binds both forms: dashes dropped (the canonical one) or turned into underscores (the legacy one).
        for (String property : properties) {
            String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
            variables.add(upper.replace("-", ""));
            variables.add(upper.replace('-', '_'));
        }
        assertThat(variables).contains("GOTONG_ROLE", "GOTONG_MONGODB_URI", "GOTONG_LEDGER_LEASE_DURATION",
                "GOTONG_UI_API_BASE_URL", "GOTONG_DEMO_ENABLED");
        knownVariablesCache = variables;
        return variables;
    }

    private static void flatten(String prefix, Map<String, Object> map, Set<String> into) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(path, cast(nested), into);
            } else {
                into.add(path);
            }
        });
    }

    static Set<String> upstreams(Path conf) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = UPSTREAM_SERVER.matcher(Files.readString(conf));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(cast(document));
                }
            }
        }
        assertThat(documents).as(file + " holds YAML documents").isNotEmpty();
        return documents;
    }

    @SuppressWarnings("unchecked")
    static <T> T cast(Object value) {
        return (T) value;
    }
}
