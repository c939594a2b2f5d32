package id.gotong.web;

import id.gotong.act.AppendedEvents;
import id.gotong.act.RuleViolation;
import id.gotong.act.StateConflict;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import tools.jackson.databind.ObjectMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sends commands from WebFlux handlers. The command bus runs the handler and its blocking MongoDB I/O on the caller's
 * thread, so sending moves off the Netty event loop first. Endpoints send through their {@link Write} envelope, never
 * through this class directly: the sending methods are visible to this package only.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final IdempotencyKeys idempotencyKeys;
    private final ObjectMapper json;

    public Commands(CommandGateway gateway, CommandBus bus, IdempotencyKeys idempotencyKeys, ObjectMapper json) {
        this.gateway = gateway;
        this.idempotencyKeys = idempotencyKeys;
        this.json = json;
        bus.registerHandlerInterceptor(new CollectAppendedEvents());
    }

    /**
     * Sends the command unless {@code idempotencyKey} was used before by the same caller: then the first answer comes
     * back (same request) or the request is refused (different request, 422; first one still running, 409).
     *
     * @param request the request as the client sent it (its JSON identifies "the same body")
     */
    Mono<Recorded> send(Caller caller, String idempotencyKey, Object request, String id, Object command) {
        if (idempotencyKey == null) {
            return send(id, command);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return Mono.error(new RuleViolation("idempotency-key-format", "Idempotency-Key",
                    "An Idempotency-Key has 1 to 200 characters"));
        }
        String hash = hash(request);
        return Mono.fromCallable(() -> idempotencyKeys.claim(caller.stakeholderId(), idempotencyKey, hash))
                   .subscribeOn(Schedulers.boundedElastic())
                   .flatMap(existing -> {
                       if (existing.isEmpty()) {
                           return send(id, command)
                                   .doOnNext(recorded -> idempotencyKeys.answer(caller.stakeholderId(), idempotencyKey, recorded))
                                   .doOnError(e -> idempotencyKeys.release(caller.stakeholderId(), idempotencyKey));
                       }
                       IdempotencyKeys.Entry entry = existing.get();
                       if (!entry.requestHash().equals(hash)) {
                           return Mono.error(new RuleViolation("idempotency-key-reused", "Idempotency-Key",
                                   "This Idempotency-Key was already used for a different request"));
                       }
                       if (!entry.answered()) {
                           return Mono.error(new StateConflict("idempotency-key-in-progress",
                                   "A request with this Idempotency-Key is still being handled; retry shortly"));
                       }
                       return Mono.just(entry.recorded());
                   });
    }

    private String hash(Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the command; answers with {@code id} and the events the command appended with their positions. */
    Mono<Recorded> send(String id, Object command) {
        return dispatch(command)
                .onErrorMap(CurrentState::ofAnotherKind, e -> CurrentState.notFound(id, e))
                .map(handled -> new Recorded(id, handled.appended().events()));
    }


    /**
     * A stale {@code @TargetAggregateVersion} fails as Axon's {@link ConflictingModificationException}, which is no
     * {@link ConcurrencyException}; both mean "changed since you read it" and answer 409.
     */
    private Mono<Handled> dispatch(Object command) {
        return Mono.fromFuture(() -> gateway.<Handled>send(command))
                   .subscribeOn(Schedulers.boundedElastic())
                   .onErrorMap(ConflictingModificationException.class,
                           e -> new ConcurrencyException(e.getMessage(), e));
    }

    /** What a command handler returned, plus the events its unit of work appended (filled in at commit). */
    public record Handled(Object result, AppendedEvents appended) {
    }

    private static final class CollectAppendedEvents implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                             InterceptorChain interceptorChain) throws Exception {
            AppendedEvents appended = new AppendedEvents();
            unitOfWork.resources().put(AppendedEvents.RESOURCE, appended);
            return new Handled(interceptorChain.proceed(), appended);
        }
    }
}
