/**
 * The auditor's pages: the ledger's history with filters, any collaboration replayed as of a past act or day, and
 * evidence packs to download and check offline.
 */
package id.gotong.ui.audit;
