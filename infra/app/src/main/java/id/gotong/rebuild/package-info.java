/** The {@code rebuild} command-line mode of the jar. */
package id.gotong.rebuild;
