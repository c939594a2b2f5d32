/**
 * The agency's pages. Here: the act forms ({@link id.gotong.ui.agency.AgencyPages}), which post to the command API and
 * show its refusals next to the fields they name, and what every agency page shares: who is signed in
 * ({@link id.gotong.ui.agency.Agents}, from a bearer credential kept in an HttpOnly, SameSite=Strict cookie, never in a
 * URL) and the rule that every state-changing request comes from this site
 * ({@link id.gotong.ui.agency.SameOriginCheck}). Signing in and the agency's own page are in {@code home}, the
 * operator's rebuild page in {@code rebuild}.
 */
package id.gotong.ui.agency;
