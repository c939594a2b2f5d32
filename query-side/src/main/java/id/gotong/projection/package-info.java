/**
 * The projection: the live processor that folds events into the read models, the rebuild that folds them all again,
 * reads as of a past point, the change streams, and the read-model documents themselves.
 */
package id.gotong.projection;
