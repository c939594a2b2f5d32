/**
 * The operator's page for rebuilding the read models ({@code /agency/rebuild}), reading and starting it through the
 * query side's {@link id.gotong.projection.Rebuilds}.
 */
package id.gotong.ui.agency.rebuild;
