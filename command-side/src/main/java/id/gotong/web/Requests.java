package id.gotong.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.ErrorResponseException;

/** What write endpoints do with a request besides its ids (for those, see {@link PathIds}). */
public final class Requests {

    /**
     * Text that is used to filter a list (a region): no {@code $}, braces, brackets or control characters, so that a
     * value can never look like a query operator or a document. Used with {@code @Pattern} on such body fields and
     * by the list filters.
     */
    public static final String PLAIN_TEXT = "[^${}\\[\\]\\p{Cntrl}]*";

    private Requests() {
    }

    /**
     * What makes two requests "the same" for an {@code Idempotency-Key}: the method and path as well as the body, so a
     * key reused with the same body on another resource is refused rather than answered with the first resource.
     */
    public static Object identity(ServerHttpRequest http, Object body) {
        return new Identity(http.getMethod().name(), http.getPath().value(), body);
    }

    public record Identity(String method, String path, Object body) {
    }

    /**
     * A 400 problem shaped like a refused body field, for input that bean validation does not see (a value that may
     * come from the query or the body).
     *
     * @param rule the constraint, named as bean validation names it ({@code not-blank}, {@code size})
     */
    public static ErrorResponseException invalid(String field, String rule, String detail) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-field", field, field + ": " + detail);
        problem.setProperty("rule", rule);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
