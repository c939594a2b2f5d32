/**
 * The projection machinery, which knows no feature: the streaming processor and its batches
 * ({@link id.gotong.projection.LiveProjection}, {@link id.gotong.projection.Projector},
 * {@link id.gotong.projection.Batch}), generations of the read models and their rebuild
 * ({@link id.gotong.projection.ReadModels}, {@link id.gotong.projection.Rebuild}), change notifications and as-of
 * reads. A feature plugs its read model in through the port {@link id.gotong.projection.ReadModel}; the two read models
 * every feature reads, the stakeholders and the acts, are kept here.
 * <p>
 * {@link id.gotong.projection.EventSwitch} is how the query side dispatches on an event's type: a switch over the
 * sealed event contract that is not built while a type has no case.
 */
package id.gotong.projection;
