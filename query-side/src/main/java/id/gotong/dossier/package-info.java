/**
 * A collaboration folded from its events ({@link id.gotong.dossier.Dossier}), the evidence each event gives about
 * stakeholders ({@link id.gotong.dossier.Evidence}), the dossiers as a read model
 * ({@link id.gotong.dossier.DossierProjection}, stored by {@link id.gotong.dossier.DossierStore}) with the read models
 * derived from the fold plugged into it, and a collaboration's dashboard, now or as of a past moment.
 */
package id.gotong.dossier;
