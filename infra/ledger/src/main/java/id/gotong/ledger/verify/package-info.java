/**
 * The auditor's verifier: recomputes every leaf and the tree from a {@link id.gotong.ledger.verify.LedgerSource} (the
 * HTTP API here; the application adds the database) and checks them against the signed checkpoint, a saved earlier
 * checkpoint and pinned witnesses; checks evidence packs offline. {@link id.gotong.ledger.verify.VerifyCommand} is the
 * command line of {@code gotong-verify.jar} and of {@code gotong.jar verify}.
 */
package id.gotong.ledger.verify;
