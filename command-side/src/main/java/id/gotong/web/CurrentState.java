package id.gotong.web;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Answers {@code GET} on a resource with the current state of its aggregate, rebuilt from the ledger, and its version
 * as the {@code ETag}; a client sends that version back in {@code If-Match} to act on exactly that state.
 */
public final class CurrentState {

    private CurrentState() {
    }

    public static <T, V> Mono<ResponseEntity<V>> of(Repository<T> repository, String id, Function<T, V> view) {
        return of(repository, id, view, UnaryOperator.identity());
    }

    /**
     * @param visible what of the state this reader may see (see {@link Readers}); runs in the same unit of work, off
     *                the event loop
     */
    public static <T, V> Mono<ResponseEntity<V>> of(Repository<T> repository, String id, Function<T, V> view,
                                                    UnaryOperator<V> visible) {
        return Mono.fromCallable(() -> DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
                       Aggregate<T> aggregate = repository.load(id);
                       V state = visible.apply(aggregate.invoke(view));
                       Long version = aggregate.version();
                       return ResponseEntity.ok()
                                            .header(HttpHeaders.ETAG, "\"" + (version == null ? 0 : version) + "\"")
                                            .body(state);
                   }).getPayload())
                   .subscribeOn(Schedulers.boundedElastic())
                   .onErrorMap(CurrentState::ofAnotherKind, e -> notFound(id, e));
    }

    /**
     * The collaboration a record belongs to, or empty when there is no record of this kind with that id. Blocking.
     * Endpoints use it to refuse a reference from one collaboration's act to another collaboration's record.
     */
    public static <T> java.util.Optional<String> collaborationOf(Repository<T> repository, String id,
                                                                 Function<T, String> collaborationId) {
        try {
            return java.util.Optional.ofNullable(DefaultUnitOfWork.startAndGet(null)
                    .executeWithResult(() -> repository.load(id).invoke(collaborationId)).getPayload());
        } catch (AggregateNotFoundException e) {
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            if (ofAnotherKind(e)) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** Rebuilding failed because the id's events belong to another kind of aggregate (possibly wrapped by Axon). */
    static boolean ofAnotherKind(Throwable e) {
        return e instanceof IncompatibleAggregateException
                || e.getCause() instanceof IncompatibleAggregateException;
    }

    /**
     * The id names a record of another kind (a collaboration's id asked for as an agreement): Axon cannot rebuild the
     * aggregate from those events, and for the client there is no such resource.
     */
    static AggregateNotFoundException notFound(String id, Throwable cause) {
        return new AggregateNotFoundException(id, "Nothing of this kind with id " + id + " has been recorded", cause);
    }

    /**
     * The aggregate version an {@code If-Match} header names, or {@code null} when there is none. Commands carry it in
     * a {@code @TargetAggregateVersion} field, so Axon refuses a stale one with a conflict (409).
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Requests.invalid("If-Match", "if-match-is-a-version", "If-Match must carry the ETag of the resource, e.g. \"3\"");
        }
    }
}
