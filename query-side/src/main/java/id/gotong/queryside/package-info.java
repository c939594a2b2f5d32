/**
 * The query side assembled: which read models there are and in which order a batch reaches them
 * ({@link id.gotong.queryside.QuerySide}), and the wiring of the features' read services. The only package that knows
 * every feature; nothing in the query side depends on it.
 */
package id.gotong.queryside;
