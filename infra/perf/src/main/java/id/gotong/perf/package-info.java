/**
 * The one entry point of the harnesses in this module ({@link id.gotong.perf.Bench}): the benchmarks of
 * {@code id.gotong.bench} and the load run of {@code id.gotong.reliability}, chosen by name.
 */
package id.gotong.perf;
