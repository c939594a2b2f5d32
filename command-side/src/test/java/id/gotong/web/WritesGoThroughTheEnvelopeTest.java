package id.gotong.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint states its path, request record and command, and leaves the rest to its {@link Write}
 * envelope: it neither reads {@code Idempotency-Key} or {@code If-Match} itself nor sends a command past the envelope,
 * and a creation is declared as one, so that its answer and its OpenAPI description agree.
 */
class WritesGoThroughTheEnvelopeTest {

    static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.gotong");
    static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);
    static final Set<String> ENVELOPE_HEADERS = Set.of("idempotency-key", "if-match");

    /** The write handler methods of the command side's endpoints. */
    static List<Method> writeEndpoints() {
        List<Method> methods = new ArrayList<>();
        COMMAND_SIDE.stream()
                .filter(c -> c.isAnnotatedWith(RestController.class))
                .flatMap(c -> Arrays.stream(c.reflect().getDeclaredMethods()))
                .filter(m -> {
                    RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class);
                    return mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
                })
                .forEach(methods::add);
        return methods;
    }

    @Test
    void theRulesBelowLookAtTheWriteEndpoints() {
        List<Method> writes = writeEndpoints();
        assertThat(writes).hasSizeGreaterThanOrEqualTo(37);
        assertThat(writes.stream().filter(m -> Arrays.asList(m.getParameterTypes()).contains(Write.class)))
                .as("write endpoints that take the envelope").hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void noWriteEndpointReadsTheIdempotencyKeyOrIfMatchItself() {
        List<String> offenders = new ArrayList<>();
        for (Method method : writeEndpoints()) {
            for (Parameter parameter : method.getParameters()) {
                RequestHeader header = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestHeader.class);
                if (header != null && ENVELOPE_HEADERS.contains(header.name().toLowerCase())) {
                    offenders.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " reads "
                            + header.name());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void onlyTheEnvelopeSendsCommandsFromTheWeb() {
        noClasses().that().resideOutsideOfPackage("id.gotong.web")
                .should().dependOnClassesThat().areAssignableTo(Commands.class)
                .check(COMMAND_SIDE);
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(CommandGateway.class)
                .orShould().dependOnClassesThat().areAssignableTo(CommandBus.class)
                .check(COMMAND_SIDE);
    }

    @Test
    void anEndpointThatAnswersCreatedIsDeclaredACreation() {
        List<String> undeclared = new ArrayList<>();
        for (JavaMethod caller : COMMAND_SIDE.stream().filter(c -> !c.isEquivalentTo(Write.class))
                .flatMap(c -> c.getMethods().stream()).toList()) {
            boolean answersCreated = caller.getMethodCallsFromSelf().stream().anyMatch(call ->
                    call.getTargetOwner().isEquivalentTo(Write.class) && call.getName().equals("created"));
            if (answersCreated && !WriteResolver.creates(caller.reflect())) {
                undeclared.add(caller.getFullName());
            }
        }
        assertThat(undeclared).isEmpty();
    }
}
