package id.gotong.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which answers the OpenAPI description lists for an operation, from its handler method alone. */
class ApiAnswersTest {

    record Body(String text) {
    }

    @RequestMapping("/api/things")
    static class Endpoints {
        @PostMapping
        @ResponseStatus(HttpStatus.CREATED)
        void create(Write write, @RequestBody Body body) {
        }

        @PostMapping("/{thingId}/acts")
        void act(Write write, @RequestBody(required = false) Body body) {
        }

        @GetMapping("/{thingId}")
        void read(Optional<Caller> caller, @PathVariable String thingId) {
        }

        @GetMapping
        void list(@RequestParam(required = false) String page) {
        }

        @GetMapping("/checkpoint")
        @Answer(status = 304, description = "not modified")
        void checkpoint() {
        }

        @PostMapping("/rebuild")
        @Answer(status = 422, description = "a rule of its own")
        void operatorTask(Caller caller) {
        }
    }

    static ApiAnswers answers(String method) {
        return ApiAnswers.of(new HandlerMethod(new Endpoints(), Arrays.stream(Endpoints.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(method)).findFirst().orElseThrow()));
    }

    @Test
    void aCreationThroughTheEnvelopeAnswers201WithLocationAndEveryRefusalOfAWrite() {
        ApiAnswers create = answers("create");

        assertThat(create.success()).isEqualTo("201");
        assertThat(create.location()).isTrue();
        assertThat(create.ifMatch()).isFalse();
        assertThat(create.refusals()).containsExactly(400, 401, 403, 404, 409, 413, 415, 422, 429, 503);
    }

    @Test
    void anActOnAnExistingResourceReadsIfMatchAndAnswersWhatSpringdocSays() {
        ApiAnswers act = answers("act");

        assertThat(act.success()).isNull();
        assertThat(act.location()).isFalse();
        assertThat(act.ifMatch()).isTrue();
        assertThat(act.refusals()).containsExactly(400, 401, 403, 404, 409, 413, 415, 422, 429, 503);
    }

    @Test
    void aReadDocumentsWhatItsPathParametersAndCredentialCanBeRefusedFor() {
        assertThat(answers("read").refusals()).containsExactly(400, 401, 404, 429, 503);
        assertThat(answers("list").refusals()).containsExactly(400, 401, 429, 503);
        assertThat(answers("checkpoint").refusals()).containsExactly(401, 429, 503);
    }

    @Test
    void anEndpointDeclaresTheAnswersItsSignatureDoesNotTell() {
        assertThat(answers("checkpoint").declared()).isEqualTo(Map.of(304, "not modified"));
        ApiAnswers task = answers("operatorTask");
        assertThat(task.declared()).isEqualTo(Map.of(422, "a rule of its own"));
        assertThat(task.refusals()).containsExactly(401, 403, 429, 503);
        assertThat(task.envelope()).isFalse();
    }

    @Test
    void everyRefusalHasAMeaning() {
        assertThat(ApiAnswers.MEANING).containsKeys(400, 401, 403, 404, 409, 413, 415, 421, 422, 429, 503);
    }
}
