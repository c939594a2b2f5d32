package id.gotong.projection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.function.Consumer;

/**
 * The changes this process has projected, as a hot stream for Server-Sent Events. A slow subscriber drops changes
 * rather than holding up the projection; each change names its position so a client can tell and re-read.
 */
public final class Changes implements Consumer<Change> {

    private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

    @Override
    public void accept(Change change) {
        sink.tryEmitNext(change);
    }

    public Flux<Change> stream() {
        return sink.asFlux();
    }
}
