/**
 * The ledger page: the latest signed checkpoint, one act as the ledger holds it, and a button that checks the act's
 * inclusion proof and the checkpoint's signature in the visitor's own browser ({@code static/ui/ledger.js}).
 */
package id.gotong.ui.ledger;
