package id.gotong.role;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches on processes whose {@code gotong.role} runs the read side ({@code all} or {@code query}). */
final class RunsQueries implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return ProcessRole.parse(context.getEnvironment().getProperty("gotong.role", "all")).queries();
    }
}
