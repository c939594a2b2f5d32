package id.gotong.role;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches on query processes ({@code gotong.role=query}), which refuse the write API. */
final class RecordsNothing implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !ProcessRole.parse(context.getEnvironment().getProperty("gotong.role", "all")).commands();
    }
}
