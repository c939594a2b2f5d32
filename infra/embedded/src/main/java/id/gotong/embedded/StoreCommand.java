package id.gotong.embedded;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar gotong.jar store [--port 27017] [--data-dir ./data]}: the embedded MongoDB-wire server on its own,
 * on 127.0.0.1, so several application processes on one machine (e.g. one command and one query process) share one
 * store without a MongoDB installation. Prints the connection string to give them as {@code gotong.mongodb.uri} and
 * runs until stopped (SIGTERM or Ctrl-C closes the data file cleanly). Not for production: one file, one machine, no
 * replica.
 */
public final class StoreCommand {

    private StoreCommand() {
    }

    public static int main(String[] args) {
        return run(args, System.out, System.err, new CountDownLatch(1));
    }

    /** Runs until {@code stop} is counted down or the JVM shuts down; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
        int port = 27017;
        Path dataDir = Path.of("data");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--port" -> port = Integer.parseInt(require(arg, value));
                case "--data-dir" -> dataDir = Path.of(require(arg, value));
                default -> {
                    err.println("usage: gotong.jar store [--port 27017] [--data-dir ./data]; unknown argument " + arg);
                    return 2;
                }
            }
            i++;
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir.resolve("gotong.mv"), port);
        Thread hook = new Thread(() -> {
            server.close();
            stop.countDown();
        }, "gotong-store-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("STORE: " + server.connectionString() + " (data file " + server.dataFile() + ")");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return 0;
        }
        server.close();
        return 0;
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
