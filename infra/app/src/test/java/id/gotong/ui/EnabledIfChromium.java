package id.gotong.ui;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs browser tests only where Debian's Chromium and its driver are installed; elsewhere they are reported as
 * skipped with the reason and the command that fixes it, never passed silently. {@code GOTONG_CHROMIUM} and
 * {@code GOTONG_CHROMEDRIVER} point at other binaries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfChromium.Condition.class)
public @interface EnabledIfChromium {

    Path CHROMIUM = Path.of(Condition.env("GOTONG_CHROMIUM", "/usr/bin/chromium"));
    Path CHROMEDRIVER = Path.of(Condition.env("GOTONG_CHROMEDRIVER", "/usr/bin/chromedriver"));

    class Condition implements ExecutionCondition {

        static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : value;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.disabled("Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "): apt-get install chromium chromium-driver");
            }
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM + ", driver at " + CHROMEDRIVER);
        }
    }
}
