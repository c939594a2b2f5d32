/**
 * The agency's pages: sign in with the bearer credential (kept in an HttpOnly, SameSite=Strict cookie, never in a
 * URL) and record acts through forms that post to the command API, with its refusals shown next to the fields they
 * name. Every state-changing request must come from this site ({@link id.gotong.ui.agency.SameOriginCheck}).
 */
package id.gotong.ui.agency;
