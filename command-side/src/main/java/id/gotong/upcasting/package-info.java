/**
 * Reading old events: upcasters rewrite a stored event's JSON from one {@code @Revision} to the next before Axon
 * deserializes it, so an event recorded years ago reads as today's record without its stored JSON ever changing.
 * <p>
 * Upcasters work on JSON and name stored types as strings, never through the classes in {@code id.gotong.events}: those
 * classes describe only the latest revision (enforced by {@code EventContractArchitectureTest}). {@link Upcasters}
 * lists them in the order they apply; see {@code docs/event-store.md}, "Event versioning".
 */
package id.gotong.upcasting;
