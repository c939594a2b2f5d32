package id.gotong.projection;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.Callable;

/** Read models are read with the blocking driver: never on a Netty event-loop thread. */
public final class Blocking {

    private Blocking() {
    }

    public static <T> Mono<T> call(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
