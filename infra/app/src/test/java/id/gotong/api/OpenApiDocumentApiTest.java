package id.gotong.api;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description as a client generator reads it: valid by the reference parser, every write with the
 * success status it answers and its refusals as problem details. Whether those are the statuses the API really
 * answers is {@link DocumentedStatusesApiTest}'s question.
 */
class OpenApiDocumentApiTest extends ApiTestSupport {

    static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    String apiDocs() {
        // springdoc inspects every endpoint on the first request, which takes seconds on a small machine
        return web.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    JsonNode document() {
        return JsonMapper.builder().build().readTree(apiDocs());
    }

    @Test
    void theDescriptionPassesTheReferenceParsersValidation() throws IOException {
        String json = apiDocs();
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("openapi.json"), json);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);

        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(40);
    }

    @Test
    void everyWriteDocumentsOneSuccessAndCreationsTheirLocation() {
        List<String> writes = new ArrayList<>();
        Set<String> creations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document().path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITES.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                writes.add(name);
                JsonNode responses = operation.getValue().path("responses");
                List<String> successes = responses.propertyNames().stream().filter(s -> s.startsWith("2")).toList();
                assertThat(successes).as(name).hasSize(1);
                if (successes.get(0).equals("201") && responses.path("201").path("headers").has("Location")) {
                    creations.add(name);
                }
            }
        }
        assertThat(writes).hasSizeGreaterThanOrEqualTo(38);
        assertThat(creations).contains("POST /api/stakeholders", "POST /api/collaborations",
                "POST /api/collaborations/{collaborationId}/meetings", "POST /api/collaborations/{collaborationId}/goals",
                "POST /api/collaborations/{collaborationId}/agreements",
                "POST /api/collaborations/{collaborationId}/commitments",
                "POST /api/collaborations/{collaborationId}/information-requests",
                "POST /api/collaborations/{collaborationId}/outcomes", "POST /api/corrections", "POST /api/auditors");
    }

    @Test
    void everyRefusalIsAProblemWithRuleAndField() {
        JsonNode document = document();
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "rule", "field");
        int refusals = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        refusals++;
                        assertThat(response.getValue().path("content").path("application/problem+json")
                                .path("schema").path("$ref").asString())
                                .as(operation.getKey() + " " + path.getKey() + " " + response.getKey())
                                .isEqualTo(PROBLEM_REF);
                    }
                }
            }
        }
        assertThat(refusals).isGreaterThan(200);
    }

    @Test
    void writesThroughTheEnvelopeDocumentItsHeadersAndPathIds() {
        JsonNode document = document();
        JsonNode minutes = document.path("paths").path("/api/meetings/{meetingId}/minutes").path("post");
        assertThat(parameters(minutes)).containsExactlyInAnyOrder("path meetingId", "header Idempotency-Key",
                "header If-Match");
        assertThat(minutes.path("responses").propertyNames()).containsExactly("200", "400", "401", "403", "404",
                "409", "413", "415", "421", "422", "429", "503");
        JsonNode convene = document.path("paths").path("/api/collaborations/{collaborationId}/meetings").path("post");
        assertThat(parameters(convene)).containsExactlyInAnyOrder("path collaborationId", "header Idempotency-Key");
        assertThat(convene.path("responses").path("201").path("headers").path("Location").isObject()).isTrue();
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(p -> names.add(p.path("in").asString() + " " + p.path("name").asString()));
        return names;
    }
}
