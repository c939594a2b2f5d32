/**
 * Load and fault runs against a running application over HTTP: {@link id.gotong.reliability.ActLoad} drives a mix
 * of acts and reads and keeps every acknowledged answer, {@link id.gotong.reliability.StoreAudit} checks those
 * answers against the event store, {@link id.gotong.reliability.LoadRun} is the bounded load test behind
 * {@code -Pbench -Dbench=load} and docs/reliability.md.
 */
package id.gotong.reliability;
