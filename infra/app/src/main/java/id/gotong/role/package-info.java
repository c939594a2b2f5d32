/**
 * Process roles: the same jar runs everything in one process ({@code gotong.role=all}, the default), or only the write
 * side ({@code command}) or only the read side ({@code query}), any number of each against one database. The roles
 * decide which streaming processors start, whether the deadline scheduler runs and whether the write API answers; the
 * ledger appender runs everywhere under a lease (see {@code ledger.store.LedgerLease}). infra/README.md describes the
 * deployments.
 */
package id.gotong.role;
