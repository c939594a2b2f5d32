package id.gotong.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key: {@code capacity} requests at once, refilled at {@code perSecond}. A request takes one
 * token or, when none is left, learns how long until one is. Buckets that are full again are dropped once there are
 * more than {@code maxKeys}, so many one-off addresses do not keep memory.
 */
final class TokenBuckets {

    /** {@code retryAfter} is zero when the request may go ahead. */
    record Decision(boolean allowed, Duration retryAfter) {
    }

    private final long capacity;
    private final double perSecond;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(long capacity, double perSecond, Clock clock, int maxKeys) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive refill");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    Decision take(String key) {
        Instant now = clock.instant();
        if (buckets.size() > maxKeys) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private Instant last;

        Bucket(double tokens, Instant last) {
            this.tokens = tokens;
            this.last = last;
        }

        synchronized Decision take(Instant now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            double missing = 1 - tokens;
            return new Decision(false, Duration.ofMillis((long) Math.ceil(missing / perSecond * 1000)));
        }

        synchronized boolean full(Instant now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(Instant now) {
            if (now.isAfter(last)) {
                double seconds = Duration.between(last, now).toNanos() / 1e9;
                tokens = Math.min(capacity, tokens + seconds * perSecond);
                last = now;
            }
        }
    }
}
