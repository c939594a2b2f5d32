/**
 * The agency's own page, {@code /agency}: signing in with the bearer credential (kept in an HttpOnly,
 * SameSite=Strict cookie, never in a URL), the collaborations the agency is a member of (read through the query
 * side's {@link id.gotong.dossier.Memberships}), and signing out.
 */
package id.gotong.ui.agency.home;
