/**
 * The ledger's HTTP API: checkpoints, entries with their leaves, inclusion and consistency proofs, C2SP tiles,
 * evidence packs and witnesses' cosignatures, with its refusals as problem+json.
 */
package id.gotong.ledger.web;
