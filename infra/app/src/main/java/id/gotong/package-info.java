/**
 * The application ({@link id.gotong.GotongApplication}): starts the product, or one of its commands without Spring
 * ({@code verify}, {@code rebuild}, {@code ledger-key}, {@code store}).
 */
package id.gotong;
