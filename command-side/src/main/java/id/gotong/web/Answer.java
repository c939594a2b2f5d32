package id.gotong.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A status an endpoint answers beyond those {@link ApiAnswers} derives from its signature, such as a rule only this
 * endpoint has. The OpenAPI description lists it, as problem details when it is a refusal.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Answer.List.class)
public @interface Answer {

    int status();

    /** When it is answered, naming the rule of a refusal. */
    String description();

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        Answer[] value();
    }
}
