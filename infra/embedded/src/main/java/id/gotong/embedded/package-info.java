/**
 * The embedded MongoDB-wire server that lets Gotong run on a machine without MongoDB: mongo-java-server with an
 * MVStore file backend that commits every write before acknowledging it, and compacts the file it grows.
 */
package id.gotong.embedded;
