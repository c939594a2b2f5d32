/**
 * The event contract: every fact Gotong records, as past-tense records under one sealed interface per aggregate.
 * <p>
 * This package is the only part of the command side that the query side may read (enforced by an architecture
 * test). Events are forever: a change of shape needs a new {@code @Revision} and an upcaster in
 * {@code id.gotong.upcasting}, never an edit, and what a stored event means never changes.
 */
package id.gotong.events;
