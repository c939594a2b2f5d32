/**
 * Requests for information or data between members, and whether they were answered, declined or met with silence.
 * <p>
 * Only the requested party answers or declines. Silence past the due date is recorded by the scheduler as a lapse;
 * an answer that comes after the lapse is still recorded, marked late, because a late answer is better evidence
 * than none. Answered or declined requests never lapse. The due date ends at midnight in the zone of the injected
 * {@link java.time.Clock}.
 */
package id.gotong.information;
