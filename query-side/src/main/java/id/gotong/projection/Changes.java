package id.gotong.projection;

import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The changes this process has projected, as a hot stream for Server-Sent Events. A slow subscriber drops changes
 * rather than holding up the projection; each change names its position so a client can tell and re-read.
 */
public final class Changes implements Consumer<Change> {

    private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

    /** Serialized: with several processor threads, concurrent emissions would otherwise be dropped. */
    @Override
    public synchronized void accept(Change change) {
        sink.tryEmitNext(change);
    }

    public Flux<Change> stream() {
        return sink.asFlux();
    }

    /** The changes {@code which} selects, as {@code change} events with the position as id, in a {@link #live} stream. */
    public Flux<ServerSentEvent<Change>> events(java.util.function.Predicate<Change> which) {
        return live(stream().filter(which).map(change -> ServerSentEvent.builder(change).event("change")
                .id(Long.toString(change.position())).build()));
    }

    /** How often an idle stream sends a comment, so proxies keep the connection open. */
    public static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /**
     * A Server-Sent Events stream: a first comment at once (so the response starts before the first change), the
     * events, and a keep-alive comment every {@link #KEEP_ALIVE}.
     */
    public static <T> Flux<ServerSentEvent<T>> live(Flux<ServerSentEvent<T>> events) {
        ServerSentEvent<T> opened = ServerSentEvent.<T>builder().comment("changes as they are projected").build();
        Flux<ServerSentEvent<T>> keepAlive = Flux.interval(KEEP_ALIVE)
                .map(tick -> ServerSentEvent.<T>builder().comment("keep-alive").build());
        return Flux.just(opened).concatWith(Flux.merge(events, keepAlive));
    }
}
