/**
 * What every endpoint shares: who the caller is (from the security context the filter chain filled from its bearer
 * credential, never from the body), who reads non-public fields ({@link id.gotong.web.Readers}), sending a command and
 * answering with the events it appended, RFC 9457 problem details for every refusal, and the access log of refusals.
 */
package id.gotong.web;
