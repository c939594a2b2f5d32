/**
 * Cryptographic core of the Gotong ledger's tamper evidence.
 *
 * <p>Every stored event becomes a leaf of an RFC 6962 / RFC 9162 Merkle tree ({@link id.gotong.ledger.MerkleTree}),
 * whose complete subtrees are persisted through {@link id.gotong.ledger.TreeNodes}, so that roots of any past size and
 * inclusion/consistency proofs cost O(log n) node reads. Auditors check proofs with
 * {@link id.gotong.ledger.MerkleVerifier}, leaves are hashed over the RFC 8785 canonical form of the event
 * ({@link id.gotong.ledger.CanonicalJson}), and tree heads are published as C2SP checkpoints
 * ({@link id.gotong.ledger.Checkpoint}) inside Ed25519 signed notes ({@link id.gotong.ledger.NoteSigner},
 * {@link id.gotong.ledger.NoteVerifier}, {@link id.gotong.ledger.SignedNote}). Witnesses' cosignatures of checkpoints
 * (C2SP tlog-cosignature) are checked by {@link id.gotong.ledger.CosignatureVerifier}, and the tree is laid out as
 * C2SP tlog-tiles by {@link id.gotong.ledger.Tiles}.
 *
 * <p>Nothing here does I/O except {@link id.gotong.ledger.NoteSigner#save} / {@link id.gotong.ledger.NoteSigner#load}.
 */
package id.gotong.ledger;
