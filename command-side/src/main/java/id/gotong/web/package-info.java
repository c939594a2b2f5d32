/**
 * What every endpoint shares: who the caller is (from the security context the filter chain filled from its bearer
 * credential, never from the body), the request envelope of every write ({@link id.gotong.web.Write}: caller,
 * {@code Idempotency-Key}, {@code If-Match}, path ids, sending the command and the created-location answer), who reads
 * non-public fields ({@link id.gotong.web.Readers}), RFC 9457 problem details for every refusal, the OpenAPI
 * description derived from the same envelope ({@link id.gotong.web.ApiAnswers}), and the access log of refusals.
 */
package id.gotong.web;
