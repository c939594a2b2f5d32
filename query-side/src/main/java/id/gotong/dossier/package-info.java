/**
 * A collaboration's dossier: its state folded from its events ({@link id.gotong.dossier.Dossier}), read as it stands or
 * as of a past instant or position ({@link id.gotong.dossier.Dossiers}), and the dashboard derived from it.
 */
package id.gotong.dossier;
