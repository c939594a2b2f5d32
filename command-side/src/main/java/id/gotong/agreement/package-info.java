/**
 * Written agreements between members (MoU, cooperation agreement, decree, action plan) and their signatures.
 * <p>
 * An agreement is in force only once every party has signed its current version; an amendment raises the version
 * and the signatures start over. Expiry is sent by the scheduler and applies only to an agreement that has come into
 * force: a draft whose validity passed unsigned simply stays a draft. The last day of validity ends at midnight in
 * the zone of the injected {@link java.time.Clock}.
 */
package id.gotong.agreement;
