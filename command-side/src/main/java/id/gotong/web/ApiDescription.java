package id.gotong.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The OpenAPI description ({@code /v3/api-docs}, {@code /swagger-ui.html}). A {@link Caller} parameter is the bearer
 * credential, not a query parameter: the description says so, and marks exactly those operations as needing it.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDescription {

    private static final String BEARER = "bearer";

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
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class).addRequestWrapperToIgnore(Optional.class);
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == Caller.class)) {
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
}
