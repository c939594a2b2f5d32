package id.gotong.collaboration;

import id.gotong.act.Acts;
import id.gotong.act.RuleViolation;
import id.gotong.events.CollaborationAct;
import id.gotong.events.Provenance;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed moment every aggregate test records at, and how to say what an act's provenance or refusal is. */
public final class Recording {

    /** Friday 14 June 2024, 09:00 WIB. */
    public static final Instant NOW = Instant.parse("2024-06-14T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Recording() {
    }

    /** The provenance of an act recorded {@link #NOW}, happening now, with no authority. */
    public static Provenance provenance(Class<? extends CollaborationAct> type, String actor, String collaborationId) {
        return provenance(type, actor, collaborationId, null);
    }

    public static Provenance provenance(Class<? extends CollaborationAct> type, String actor, String collaborationId,
                                        String authority) {
        return Acts.provenance(type, actor, collaborationId, null, authority, CLOCK);
    }

    /** The act was refused with exactly this exception type (it decides the HTTP status) and rule name. */
    public static Matcher<Object> refused(Class<? extends RuleViolation> type, String rule) {
        return refused(type, rule, "", null);
    }

    /** As {@link #refused(Class, String)}, naming the offending input field. */
    public static Matcher<Object> refusedOn(Class<? extends RuleViolation> type, String rule, String field) {
        return refused(type, rule, " on field " + field, field);
    }

    private static Matcher<Object> refused(Class<? extends RuleViolation> type, String rule, String onField,
                                           String field) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual != null && actual.getClass() == type && rule.equals(((RuleViolation) actual).rule())
                        && (field == null || field.equals(((RuleViolation) actual).field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " of rule " + rule + onField);
            }

            @Override
            public void describeMismatch(Object actual, Description description) {
                description.appendText(actual instanceof RuleViolation violation
                        ? actual.getClass().getSimpleName() + " of rule " + violation.rule() + " on field "
                        + violation.field() + ": " + violation.getMessage()
                        : String.valueOf(actual));
            }
        };
    }
}
