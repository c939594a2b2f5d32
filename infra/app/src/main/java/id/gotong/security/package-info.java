/**
 * Who may call: one Spring Security filter chain that turns a bearer credential (token mode) or a JWT (jwt mode) into
 * a {@link id.gotong.web.CallerAuthentication}, answers 401/403 as problem+json, limits the rate per credential and
 * per address, and writes every refusal to the {@code gotong.access} log. What a caller may do is decided where the
 * act is decided: the endpoint (operator-only, readers of non-public fields) and the aggregate (members, secretary).
 * See {@code docs/security.md}.
 */
package id.gotong.security;
