/**
 * The ledger on MongoDB: the appender that turns stored events into leaves ({@link id.gotong.ledger.store.StoredLeaf},
 * the same bytes as an auditor's {@code LedgerLeaf}) and signs checkpoints under a lease, the persisted tree nodes,
 * checkpoints and witnesses' cosignatures, the signing key, and the verifier's database source
 * ({@link id.gotong.ledger.store.MongoLedgerSource}).
 */
package id.gotong.ledger.store;
