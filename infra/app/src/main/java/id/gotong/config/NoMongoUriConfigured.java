package id.gotong.config;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither {@code gotong.mongodb.uri} nor {@code GOTONG_MONGODB_URI} names a MongoDB. */
class NoMongoUriConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("gotong.mongodb.uri");
        return uri == null || uri.isBlank()
                ? ConditionOutcome.match("no MongoDB URI configured: using the embedded server")
                : ConditionOutcome.noMatch("MongoDB URI configured");
    }
}
