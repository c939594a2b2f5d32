package id.gotong.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable MongoDB into one clear start-up message instead of a wall of stack traces. */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreUnavailableException cause) {
        return new FailureAnalysis(
                "Gotong could not reach MongoDB at " + cause.target() + " (" + cause.getCause().getMessage() + ").",
                "Start MongoDB or fix GOTONG_MONGODB_URI (property gotong.mongodb.uri). "
                        + "Unset it to run on the embedded store under ./data.",
                cause);
    }
}
