package id.gotong.config;

import id.gotong.GotongApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class UnreachableStoreTest {

    @Test
    void startUpFailsWithinSecondsWithOneClearMessage(CapturedOutput output) {
        long started = System.nanoTime();

        // Port 1 on loopback: nothing listens there, so every connection is refused.
        assertThatThrownBy(() -> new SpringApplicationBuilder(GotongApplication.class)
                .web(WebApplicationType.NONE)
                .run("--gotong.mongodb.uri=mongodb://127.0.0.1:1/", "--gotong.mongodb.connect-timeout=2s"))
                .hasRootCauseInstanceOf(com.mongodb.MongoTimeoutException.class)
                .satisfies(e -> assertThat(e).hasStackTraceContaining("StoreUnavailableException"));

        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(seconds).as("seconds to fail").isLessThan(30);
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Gotong could not reach MongoDB at mongodb://127.0.0.1:1")
                .contains("GOTONG_MONGODB_URI")
                .doesNotContain("at com.mongodb.");
    }
}
