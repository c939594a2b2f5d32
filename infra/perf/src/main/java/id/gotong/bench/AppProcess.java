package id.gotong.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gotong application in a JVM of its own, for the tests and benchmarks that must kill it, start it again, or run
 * several side by side. It is started from this JVM's class path (tests, including Surefire's manifest-only jar; the
 * project's class loader under {@code exec:java}) or from the application jar when this JVM runs from it; its output
 * goes to {@code <workDir>/<name>.log}. {@link #heapUsedAfterFullGc()} measures its heap from outside.
 */
public final class AppProcess implements AutoCloseable {

    /** {@code garbage-first heap   total 262144K, used 43210K [...]}, and the same for the other collectors. */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final long startedNanos;

    private AppProcess(String name, int port, Path log, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the application with the given Spring properties (e.g. {@code gotong.mongodb.uri}) and JVM options
     * (e.g. {@code -Xmx512m}) on a free loopback port. Returns at once; {@link #awaitReady} waits for it.
     */
    public static AppProcess start(String name, Path workDir, Map<String, String> properties, List<String> jvmOptions) {
        String classPath = classPath();
        return launch(name, workDir, properties, jvmOptions, bootJar(classPath)
                ? List.of("-jar", classPath) : List.of("-cp", classPath, "id.gotong.GotongApplication"));
    }

    /** As {@link #start}, from the application jar {@code jar} (gotong.jar) instead of this JVM's class path. */
    public static AppProcess startJar(String name, Path jar, Path workDir, Map<String, String> properties,
                                      List<String> jvmOptions) {
        return launch(name, workDir, properties, jvmOptions, List.of("-jar", jar.toAbsolutePath().toString()));
    }

    private static AppProcess launch(String name, Path workDir, Map<String, String> properties,
                                     List<String> jvmOptions, List<String> application) {
        int port = freePort();
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("server.port", Integer.toString(port));
        all.putIfAbsent("server.address", "127.0.0.1");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Daxoniq.update-checker.disabled=true");
        command.addAll(application);
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve(name + ".log");
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new AppProcess(name, Integer.parseInt(all.get("server.port")), log, process, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP; returns the time from start. Fails if the JVM exits. */
    public Duration awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            if (healthy()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            try {
                Thread.sleep(100);  // polling a child process; there is nothing to be notified by
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /**
     * Heap in use after a full collection, in bytes, as the JVM reports it to {@code jcmd} ({@code GC.run}, then
     * {@code GC.heap_info}); the application needs no endpoint for it.
     */
    public long heapUsedAfterFullGc() {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in the output of jcmd GC.heap_info: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String what) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), what)
                    .redirectErrorStream(true).start();
            String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!run.waitFor(2, TimeUnit.MINUTES) || run.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + what + " failed for " + this + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean healthy() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no flushing; what was acknowledged must already be durable. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: a graceful shutdown. */
    public void stop() {
        process.destroy();
        if (!waitForExit()) {
            kill();
        }
    }

    private boolean waitForExit() {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /**
     * This JVM's class path. Under {@code exec:java} the project's classes are on the context class loader, not on
     * {@code java.class.path} (which is Maven's launcher there).
     */
    static String classPath() {
        // The application jar's own loader holds nested jar: URLs; there java.class.path is the jar, which is right.
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
                && loader.getURLs().length > 0
                && Arrays.stream(loader.getURLs()).allMatch(url -> "file".equals(url.getProtocol()))) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("not a file on the class path: " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * The application jar itself, run with {@code -jar}. A lone jar that is something else (Surefire's manifest-only
     * jar, whose manifest lists the class path) is put on {@code -cp}.
     */
    private static boolean bootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            Manifest manifest = jar.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return main != null && main.startsWith("org.springframework.boot.loader");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }
}
