package id.gotong.act;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matchers for refused acts: the exception type decides the HTTP status, the rule and field what the client sees. */
public final class Refusals {

    private Refusals() {
    }

    /** Refused by exactly this kind of violation of this rule, not about a single input field. */
    public static Matcher<Throwable> refusedBy(Class<? extends RuleViolation> type, String rule) {
        return refusedBy(type, rule, null);
    }

    /** Refused by exactly this kind of violation of this rule, naming this input field. */
    public static Matcher<Throwable> refusedBy(Class<? extends RuleViolation> type, String rule, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable refusal) {
                return refusal.getClass() == type && ((RuleViolation) refusal).rule().equals(rule)
                        && Objects.equals(((RuleViolation) refusal).field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " of rule " + rule + " on field " + field);
            }
        };
    }
}
