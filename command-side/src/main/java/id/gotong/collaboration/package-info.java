/**
 * Collaborations and their membership: registering a programme with its legal basis and lead, admitting members with
 * the roles of the Toba decree, role changes, withdrawals, leadership changes, drivers and event calendars. Also the
 * production {@link id.gotong.act.Membership} that other aggregates' rules ask.
 */
package id.gotong.collaboration;
