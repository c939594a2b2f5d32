package id.gotong.rebuild;

import id.gotong.GotongApplication;
import id.gotong.projection.Rebuild;
import id.gotong.projection.Rebuilds;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar gotong.jar rebuild [--gotong.mongodb.uri=... | --gotong.mongodb.data-dir=...]}: starts the
 * application without its web server and without demo data, rebuilds every read model from the event store, prints
 * progress to stderr and a one-line result to stdout, and exits 0 (done) or 1 (failed). Run it with the application
 * stopped when the store is the embedded one (it holds the data file).
 */
public final class RebuildCommand {

    private RebuildCommand() {
    }

    public static int main(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = new ArrayList<>(List.of("--gotong.demo.enabled=false"));
        arguments.addAll(List.of(args));
        GotongApplication.quietAxonDefaults();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GotongApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new))) {
            Rebuilds rebuilds = app.getBean(Rebuilds.class);
            ProgressLine progress = new ProgressLine(err);
            Rebuilds.Status status = rebuilds.runNow(progress);
            Rebuild.Progress done = status.progress();
            out.printf("REBUILT: %d events to position %d in %.1f s (%.0f events/s)%n", done.processed(),
                    done.position(), done.elapsed().toMillis() / 1000.0, done.eventsPerSecond());
            return 0;
        } catch (RuntimeException e) {
            out.println("FAILED: " + e);
            return 1;
        }
    }

    /** Prints a line at every whole 5 % (and at the end), not for every page. */
    private static final class ProgressLine implements java.util.function.Consumer<Rebuild.Progress> {
        private final PrintStream err;
        private long lastPercent = -5;

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void accept(Rebuild.Progress p) {
            long percent = p.total() == 0 ? 100 : p.processed() * 100 / p.total();
            if (percent / 5 != lastPercent / 5) {
                lastPercent = percent;
                err.printf("rebuild: %,d / %,d events (%d %%), %.0f events/s%n", p.processed(), p.total(), percent,
                        p.eventsPerSecond());
            }
        }
    }
}
