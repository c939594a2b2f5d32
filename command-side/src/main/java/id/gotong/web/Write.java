package id.gotong.web;

import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * What every write endpoint shares, resolved from the request by {@link WriteResolver}: the caller the act is recorded
 * as, the {@code Idempotency-Key} and {@code If-Match} headers, the ids in the path, and sending the command. An
 * endpoint that takes a {@code Write} states only its path, its request record and the command it sends.
 * <p>
 * A write that records a new resource is declared {@code @ResponseStatus(HttpStatus.CREATED)} and answers through
 * {@link #created}: 201 with a {@code Location}. Any other write acts on an existing resource, may name the version it
 * acted on in {@code If-Match} ({@link #expectedVersion()}) and answers 200 through {@link #send}. The OpenAPI
 * description is derived from the same distinction ({@link ApiAnswers}).
 * <p>
 * The checks run in the order the endpoint asks for them, after the body was read and validated: path ids, then
 * {@code If-Match}, then the {@code Idempotency-Key} when the command is sent.
 */
public final class Write {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Caller caller;
    private final String idempotencyKey;
    private final String ifMatch;
    private final Map<String, String> pathVariables;
    private final ServerHttpRequest http;
    private final boolean creation;
    private final Commands commands;

    Write(Caller caller, String idempotencyKey, String ifMatch, Map<String, String> pathVariables,
          ServerHttpRequest http, boolean creation, Commands commands) {
        this.caller = caller;
        this.idempotencyKey = idempotencyKey;
        this.ifMatch = ifMatch;
        this.pathVariables = pathVariables;
        this.http = http;
        this.creation = creation;
        this.commands = commands;
    }

    public Caller caller() {
        return caller;
    }

    /** The stakeholder the act is recorded as: always the caller, never a field of the body. */
    public String actor() {
        return caller.stakeholderId();
    }

    /**
     * The id in the path variable {@code name}, refused (400, {@code field} = {@code name}, rule {@code pattern})
     * unless it is a well-formed id ({@link PathIds}).
     */
    public String pathId(String name) {
        return PathIds.check(name, pathVariables.get(name));
    }

    /**
     * The aggregate version {@code If-Match} names, {@code null} without one; a value that is no version is refused
     * (400). Commands carry it in a {@code @TargetAggregateVersion} field, so a stale one is refused with 409.
     */
    public Long expectedVersion() {
        return CurrentState.expectedVersion(ifMatch);
    }

    /**
     * Sends the command and answers with {@code id} and the events it appended. With an {@code Idempotency-Key}, a
     * retry of the same request (method, path and {@code request}) answers the first answer and appends nothing; a
     * different request with the same key is refused.
     *
     * @param request the request as the client sent it, after defaults: what makes two requests "the same"
     */
    public Mono<Recorded> send(Object request, String id, Object command) {
        return commands.send(caller, idempotencyKey, Requests.identity(http, request), id, command);
    }

    /**
     * Sends the command that records a new resource and answers 201 with its {@code Location}: {@code location}
     * followed by the id. A retry answers the first resource's id and location.
     */
    public Mono<ResponseEntity<Recorded>> created(String location, Object request, String id, Object command) {
        return created(location, request, id, command, Mono::just);
    }

    /** As {@link #created(String, Object, String, Object)}, answering with what {@code answer} makes of the events. */
    public <T> Mono<ResponseEntity<T>> created(String location, Object request, String id, Object command,
                                               Function<Recorded, Mono<T>> answer) {
        if (!creation) {
            throw new IllegalStateException("An endpoint that answers 201 is declared @ResponseStatus(CREATED), so "
                    + "that its OpenAPI description says so");
        }
        return send(request, id, command).flatMap(recorded -> answer.apply(recorded)
                .map(body -> ResponseEntity.created(URI.create(location + recorded.id())).body(body)));
    }
}
