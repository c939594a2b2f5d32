package id.gotong.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The refusals an operation can answer, derived from its handler method, so that the OpenAPI description lists them
 * without an annotation per endpoint. Every refusal is RFC 9457 {@code application/problem+json}.
 * <table>
 *   <caption>Which operations document which refusal</caption>
 *   <tr><th>status</th><th>documented for</th><th>because</th></tr>
 *   <tr><td>400</td><td>operations that read a path id, a query parameter, a header or a body</td>
 *       <td>{@link PathIds}, {@link Requests#invalid}, bean validation and {@link RequestJson}; also Spring
 *       Security's firewall</td></tr>
 *   <tr><td>401</td><td>every operation</td><td>a credential that is unknown, revoked or expired is refused on
 *       every request, to public data too; no credential where one is needed</td></tr>
 *   <tr><td>403</td><td>operations that need a credential ({@link Caller}, {@link Write})</td>
 *       <td>members-only, operator-only and party rules; auditors record nothing</td></tr>
 *   <tr><td>404</td><td>operations with a path variable, and every {@link Write}</td>
 *       <td>nothing with that id, or the collaboration or record a write names, was recorded</td></tr>
 *   <tr><td>409</td><td>every {@link Write}</td>
 *       <td>a stale {@code If-Match}, a state that does not allow the act, an {@code Idempotency-Key} still in use</td></tr>
 *   <tr><td>413, 415</td><td>operations that read a body</td><td>the body limit; a content type other than JSON</td></tr>
 *   <tr><td>421</td><td>writes to endpoints of this module</td><td>a query process records no acts</td></tr>
 *   <tr><td>422</td><td>every {@link Write}</td><td>a business rule; an {@code Idempotency-Key} reused or malformed</td></tr>
 *   <tr><td>429, 503</td><td>every operation</td><td>the rate limit; the store or the ledger unavailable</td></tr>
 * </table>
 * An endpoint that answers a status beyond these (a rule of its own, 304 for a conditional read) declares it with
 * {@link Answer}.
 *
 * @param success  the status of a successful answer, as far as the signature tells ({@code null}: springdoc's)
 * @param location whether that answer carries a {@code Location} (a creation through the envelope)
 * @param refusals the refusal statuses derived from the signature
 * @param declared the statuses the endpoint declares itself ({@link Answer}), with their descriptions
 * @param envelope whether the operation goes through the {@link Write} envelope
 * @param ifMatch  whether it reads {@code If-Match}
 */
public record ApiAnswers(String success, boolean location, Set<Integer> refusals, Map<Integer, String> declared,
                         boolean envelope, boolean ifMatch) {

    /** What each refusal means, for the description. */
    public static final Map<Integer, String> MEANING = Map.ofEntries(
            Map.entry(400, "Bad request: a path id, parameter, header or body field that is refused, named by "
                    + "`field` and `rule`"),
            Map.entry(401, "No credential, or one that is unknown, revoked or expired (rule `credential-valid`)"),
            Map.entry(403, "Not allowed for this caller (`members-only`, `operator-only`, `role-required`, …)"),
            Map.entry(404, "Nothing with this id, or the collaboration or record the request names, was recorded"),
            Map.entry(409, "Conflict: changed since the version in `If-Match` (`version-matches`), a state that does "
                    + "not allow the act, or a request with this `Idempotency-Key` still being handled"),
            Map.entry(413, "The body is over the size limit (`body-size-limit`)"),
            Map.entry(415, "A content type this operation does not take (`supported-media-type`)"),
            Map.entry(421, "A write sent to a query process, which records no acts (`command-process`)"),
            Map.entry(422, "A rule refused the act; or an `Idempotency-Key` that is malformed or was used for "
                    + "another request"),
            Map.entry(429, "Too many requests (`rate-limit`); retry after `Retry-After` seconds"),
            Map.entry(503, "The store could not be reached or the ledger is starting; nothing was recorded; retry "
                    + "after `Retry-After` seconds"));

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final URL THIS_MODULE = location(ApiAnswers.class);

    public static ApiAnswers of(HandlerMethod handler) {
        MethodParameter[] parameters = handler.getMethodParameters();
        boolean write = has(parameters, Write.class);
        boolean caller = write || has(parameters, Caller.class);
        boolean body = Arrays.stream(parameters).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        boolean input = body || pathVariables(handler) || Arrays.stream(parameters).anyMatch(
                p -> p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(RequestHeader.class));
        boolean creation = WriteResolver.creates(handler.getMethod());

        Set<Integer> refusals = new TreeSet<>(Set.of(401, 429, 503));
        if (input || write) {
            refusals.add(400);
        }
        if (caller) {
            refusals.add(403);
        }
        if (pathVariables(handler) || write) {
            refusals.add(404);
        }
        if (write) {
            refusals.addAll(Set.of(409, 422));
        }
        if (body) {
            refusals.addAll(Set.of(413, 415));
        }
        if (writes(handler) && Objects.equals(location(handler.getBeanType()), THIS_MODULE)) {
            refusals.add(421);
        }
        Map<Integer, String> declared = new TreeMap<>();
        AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), Answer.class)
                .forEach(answer -> declared.put(answer.status(), answer.description()));
        return new ApiAnswers(creation ? "201" : null, write && creation, refusals, declared, write,
                write && !creation);
    }

    private static boolean has(MethodParameter[] parameters, Class<?> type) {
        return Arrays.stream(parameters).anyMatch(p -> p.getParameterType() == type);
    }

    private static boolean writes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
    }

    /** Whether the path (the class's and the method's mapping) names a variable, checked or not. */
    private static boolean pathVariables(HandlerMethod handler) {
        return paths(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class))
                || paths(AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class));
    }

    private static boolean paths(RequestMapping mapping) {
        return mapping != null && Arrays.stream(mapping.path()).anyMatch(p -> PATH_VARIABLE.matcher(p).find());
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
