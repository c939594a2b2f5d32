/**
 * Bearer credentials kept in MongoDB as SHA-256 hashes, and the operator credential the embedded default creates on
 * first start.
 */
package id.gotong.credential;
