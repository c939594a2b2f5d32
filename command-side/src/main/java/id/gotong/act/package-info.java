/**
 * What every command handler shares: stamping an act's provenance from the caller and the server clock, the
 * membership questions rules ask, and the exceptions that say which rule refused an act.
 */
package id.gotong.act;
