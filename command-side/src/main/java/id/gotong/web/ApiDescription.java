package id.gotong.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI description ({@code /v3/api-docs}, {@code /swagger-ui.html}). A {@link Caller} or {@link Write}
 * parameter is the bearer credential, not a query parameter: the description says so, and marks exactly those
 * operations as needing it. Each operation documents the success status it answers (201 with {@code Location} for a
 * creation) and its refusals as {@code application/problem+json} ({@link ApiAnswers}, plus what an endpoint declares
 * with {@link Answer}); a {@link Write} documents the {@code Idempotency-Key} and {@code If-Match} headers and the path
 * ids it reads.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDescription {

    private static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    @Bean
    OpenAPI gotongApi() {
        return new OpenAPI()
                .info(new Info().title("Gotong").version("0.1.0")
                        .description("Record collaboration acts in the ledger and read their current state. Every "
                                + "act is recorded as the caller's; refusals are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme(BEARER)));
    }

    @Bean
    OperationCustomizer callerIsTheBearerCredential() {
        // No endpoint takes another Optional parameter; Optional<Caller> is the optional bearer credential.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class).addRequestWrapperToIgnore(Optional.class)
                .addRequestWrapperToIgnore(Write.class);
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == Caller.class || p.getParameterType() == Write.class)) {
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            } else if (Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == Optional.class)) {
                // Open to all; with a credential, members, auditors and the operator also read non-public fields.
                operation.addSecurityItem(new SecurityRequirement());
                operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
            }
            return operation;
        };
    }

    @Bean
    OperationCustomizer answersAndRefusals() {
        return (operation, handler) -> {
            ApiAnswers answers = ApiAnswers.of(handler);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            if (answers.success() != null && !responses.containsKey(answers.success())) {
                ApiResponse ok = responses.remove("200");
                responses.addApiResponse(answers.success(), ok != null ? ok : new ApiResponse());
            }
            if (answers.location()) {
                responses.get(answers.success())
                        .description("Created: the new resource's id and the events appended, with their positions")
                        .addHeaderObject(HttpHeaders.LOCATION, new Header()
                                .description("Where the new resource is read, e.g. `/api/meetings/mtg-…`").schema(new StringSchema()));
            }
            answers.declared().forEach((status, description) -> {
                ApiResponse declared = responses.computeIfAbsent(Integer.toString(status), s -> new ApiResponse());
                declared.setDescription(description);
                if (status >= 400) {
                    declared.setContent(problemContent());
                }
            });
            for (int status : answers.refusals()) {
                ApiResponse refusal = responses.computeIfAbsent(Integer.toString(status),
                        s -> new ApiResponse().description(ApiAnswers.MEANING.get(status)));
                refusal.setContent(problemContent());
                if (status == 401) {
                    refusal.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header()
                            .description("`Bearer`").schema(new StringSchema()));
                }
                if (status == 429 || status == 503) {
                    refusal.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                            .description("Seconds to wait before retrying").schema(new IntegerSchema()));
                }
            }
            if (answers.envelope()) {
                addHeader(operation, Write.IDEMPOTENCY_KEY, "Retrying with the same key and the same request "
                        + "answers the first answer and appends nothing; another request with it is refused (422)",
                        new StringSchema().minLength(1).maxLength(200));
            }
            if (answers.ifMatch()) {
                addHeader(operation, HttpHeaders.IF_MATCH, "The ETag of the state acted on; a stale one is refused "
                        + "(409, `version-matches`)", new StringSchema());
            }
            return operation;
        };
    }

    /** The problem details schema, and the path ids a {@link Write} reads itself, for every operation. */
    @Bean
    OpenApiCustomizer problemsAndPathIds() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                for (Operation operation : item.readOperations()) {
                    Matcher variable = PATH_VARIABLE.matcher(path);
                    while (variable.find()) {
                        String name = variable.group(1);
                        boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                                .anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
                        if (!documented) {
                            operation.addParametersItem(new PathParameter().name(name).required(true)
                                    .description("An id: 1 to 100 letters, digits, `.`, `_` or `-`")
                                    .schema(new StringSchema().pattern(PathIds.PATTERN)));
                        }
                    }
                }
            });
        };
    }

    private static void addHeader(Operation operation, String name, String description, Schema<?> schema) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters != null && parameters.stream().anyMatch(p -> "header".equals(p.getIn())
                && name.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParametersItem(new HeaderParameter().name(name).required(false).description(description)
                .schema(schema));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** RFC 9457 problem details, with the {@code rule} and {@code field} every refusal of this API names. */
    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details. A refused request appended nothing.")
                .addProperty("type", new StringSchema().description("https://gotong.id/problems/<rule>"))
                .addProperty("title", new StringSchema().description("The status's reason phrase"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What was refused, in English"))
                .addProperty("instance", new StringSchema().description("The request path"))
                .addProperty("rule", new StringSchema().description("The rule that refused the request, e.g. "
                        + "`not-blank`, `members-only`, `version-matches`"))
                .addProperty("field", new StringSchema().description("The offending input: a body field "
                        + "(`entries[2].status`), `body`, a header or a path variable; absent when the rule is "
                        + "about state"))
                .addProperty("errors", new ArraySchema().description("Every invalid body field, when bean "
                        + "validation refused the body").items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("rule", new StringSchema())
                        .addProperty("detail", new StringSchema())))
                .required(List.of("type", "title", "status"));
    }
}
