package io.journeymaps.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.journeymaps.testsupport.http.ApiClient;

/**
 * One standalone host in its own JVM on 127.0.0.1, like one node of a Data Center cluster. It
 * stops when closed, when the test JVM shuts down (a hook), and by itself when the test JVM is
 * gone (it watches its standard input, see {@link WatchedHostMain}). Output goes to a log file.
 */
public final class HostProcess implements AutoCloseable {
    private static final Set<HostProcess> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(HostProcess::close),
                "host-processes-stop"));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private HostProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A host on PostgreSQL (or any JDBC database the host supports) in the given schema. */
    public static HostProcess startOnDatabase(String name, Path folder, String jdbcUrl, String user, String password,
                                              String schema) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("standalone.jdbc.url", jdbcUrl);
        properties.put("standalone.jdbc.user", user);
        properties.put("standalone.jdbc.password", password);
        properties.put("standalone.jdbc.schema", schema);
        return start(name, folder, properties);
    }

    /**
     * Starts the host with these extra system properties (standalone.port, standalone.data and
     * standalone.web are set here) and waits until it answers HTTP.
     */
    public static HostProcess start(String name, Path folder, Map<String, String> properties) {
        try {
            Files.createDirectories(folder);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx384m");
            command.add("-XX:+UseSerialGC");
            command.add("-Dstandalone.port=" + port);
            command.add("-Dstandalone.data=" + folder.resolve("data"));
            command.add("-Dstandalone.web=" + folder.resolve("no-web"));
            String logging = System.getProperty("java.util.logging.config.file");
            if (logging != null) {
                command.add("-Djava.util.logging.config.file=" + logging);
            }
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.add("-cp");
            command.add(TestClasspath.current());
            command.add(WatchedHostMain.class.getName());
            Path log = folder.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            HostProcess host = new HostProcess(name, process, port, log);
            RUNNING.add(host);
            try {
                host.awaitReady();
            } catch (RuntimeException | Error e) {
                host.close();
                throw e;
            }
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start host " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A client for "alice", "bob", "carol" or "anonymous" on this node. */
    public ApiClient as(String user) {
        return ApiClient.at(baseUrl(), user);
    }

    /** The last lines of the node's output, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(baseUrl() + "/")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("host " + name + " exited with " + process.exitValue() + ":\n"
                        + logTail(40));
            }
            try {
                http.send(ping, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for host " + name, e);
            }
        }
        throw new IllegalStateException("host " + name + " did not answer within " + START_TIMEOUT + ":\n" + logTail(40));
    }

    /** Stops the node: its shutdown hook closes Jetty and the database; killed if it takes too long. */
    @Override
    public void close() {
        RUNNING.remove(this);
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
