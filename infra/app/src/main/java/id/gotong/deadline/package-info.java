/**
 * Acts that happen because time passes: an agreement expires, a commitment becomes overdue, an information request
 * lapses. A read model of open due dates (rebuilt from the events, its token kept in MongoDB) survives restarts, and
 * a scheduler sends the aggregates' system commands once a due day is over; the aggregates decide.
 */
package id.gotong.deadline;
