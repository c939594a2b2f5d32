/**
 * Wiring: which MongoDB the product talks to (the embedded server or a configured URI), the event store, the token
 * store, serializers and the clock; the query side's {@link id.gotong.projection.EventHistory} read from the event
 * store ({@link id.gotong.config.StoredHistory}); how long a request waits for an unreachable MongoDB and what it is
 * answered then ({@link id.gotong.config.StoreOutage}: 503 with {@code Retry-After}).
 */
package id.gotong.config;
