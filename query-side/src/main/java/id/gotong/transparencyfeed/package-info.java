/**
 * The transparency feeds: the public acts of every collaboration as Activity Streams 2.0, Atom (RFC 4287) and
 * Server-Sent Events, each item linked to its ledger inclusion proof.
 * <p>
 * What an item publishes is a whitelist per event field ({@link id.gotong.transparencyfeed.Publication}); the
 * renderers only ever see the resulting {@link id.gotong.transparencyfeed.PublicAct}, so a field that is not
 * whitelisted cannot reach a feed. Every event type of the contract is decided: published with its fields and a public
 * form ({@link id.gotong.transparencyfeed.PublicActs}), or listed as never published; neither class loads otherwise.
 * The reasoning is in {@code docs/transparency.md}.
 */
package id.gotong.transparencyfeed;
