/**
 * Wiring: which MongoDB the product talks to (the embedded server or a configured URI), the event store, the token
 * store, serializers and the clock.
 */
package id.gotong.config;
