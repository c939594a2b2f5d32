/**
 * Meetings of a collaboration's forum: face-to-face dialogue as the evidence shows it. A meeting is convened, then
 * either cancelled or held (attendance, minutes with the decisions taken) and closed.
 */
package id.gotong.meeting;
