/**
 * Line charts drawn as SVG on the server: they need no JavaScript, every point is a link to the act behind it, and
 * the numbers are also in a table next to each chart for readers who cannot see it.
 */
package id.gotong.ui.chart;
