/**
 * The Axon {@code EventStorageEngine} on MongoDB that gives every event a gap-free, never-changing global position.
 * <p>
 * One document per commit: its {@code _id} is the global position of its first event, a unique multikey index on
 * {@code positions} claims the positions it covers, and a unique multikey index on {@code aggregateKeys} claims each
 * aggregate sequence number. A single-document insert is atomic on every MongoDB, so a commit is visible whole or not
 * at all, and every hot read is an equality or {@code $in} lookup on a unique key. See {@code docs/event-store.md}.
 */
package id.gotong.eventstore;
