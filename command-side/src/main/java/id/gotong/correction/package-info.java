/**
 * Corrections of earlier records. Nothing recorded is edited or deleted: a correction is a new event naming the
 * event it corrects, the corrected values and the reason.
 * <p>
 * Only the original recorder or a secretary of the collaboration may correct, so the person who knows the act best,
 * or the one who keeps the collaboration's records, answers for the change. The original event is looked up through
 * {@link id.gotong.correction.RecordedActs}, which the event store implements.
 */
package id.gotong.correction;
