/**
 * The benchmarks (storage, projection, ledger, and the one run behind docs/performance.md) and the process harness
 * ({@link id.gotong.bench.AppProcess}: the application in a JVM of its own). Run by name through
 * {@code id.gotong.perf.Bench}; nothing here ships in gotong.jar.
 */
package id.gotong.bench;
