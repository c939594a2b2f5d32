package id.gotong.projection;

import id.gotong.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the read API as RFC 9457 problems, in the same shape as the command side's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReadProblems {

    @ExceptionHandler(BadQuery.class)
    ProblemDetail badQuery(BadQuery e) {
        return Problems.problem(HttpStatus.BAD_REQUEST, e.rule(), e.field(), e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.problem(HttpStatus.NOT_FOUND, e.rule(), null, e.getMessage());
    }
}
