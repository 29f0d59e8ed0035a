package io.journeymaps.testsupport.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for the tests: initdb into a fresh directory under /tmp, started on
 * 127.0.0.1 on a free port, with role ao_user, database ao_test and schema ao_schema (AO does not
 * create schemas). Started at most once per JVM; a shutdown hook stops it and deletes its directory.
 *
 * <p>initdb and postgres refuse to run as root, so when the JVM is root they run as the
 * {@code postgres} user through runuser, in a directory that user owns.
 */
public final class PostgresCluster {
    public static final String BIN_DIR = System.getProperty("journeymaps.pg.bin", "/usr/lib/postgresql/15/bin");
    public static final String USER = "ao_user";
    public static final String PASSWORD = "ao_password";
    public static final String DATABASE = "ao_test";
    public static final String SCHEMA = "ao_schema";

    private static PostgresCluster instance;
    private static String unavailableReason;

    private final Path dir;
    private final int port;

    private PostgresCluster(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Whether the tests must fail, rather than be skipped, when PostgreSQL cannot be started. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("JOURNEYMAPS_REQUIRE_POSTGRES"));
    }

    /** The running cluster, starting it on first use; null (see {@link #unavailableReason()}) when it cannot run here. */
    public static synchronized PostgresCluster get() {
        if (instance == null && unavailableReason == null) {
            if (!Files.isExecutable(Path.of(BIN_DIR, "initdb")) || !Files.isExecutable(Path.of(BIN_DIR, "pg_ctl"))) {
                unavailableReason = "PostgreSQL binaries not found in " + BIN_DIR;
            } else {
                try {
                    instance = start();
                } catch (IOException | RuntimeException e) {
                    unavailableReason = "PostgreSQL cluster failed to start: " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    unavailableReason = "interrupted while starting PostgreSQL";
                }
            }
        }
        return instance;
    }

    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Creates an empty schema with a unique name starting with {@code prefix}, for a test of its own. */
    public String freshSchema(String prefix) {
        String schema = prefix + "_" + Long.toString(System.nanoTime(), 36);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        return schema;
    }

    private static PostgresCluster start() throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("journeymaps-pg-");
        Path data = dir.resolve("data");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        int port = freePort();
        PostgresCluster cluster = new PostgresCluster(dir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres-cluster-stop"));
        run(List.of(BIN_DIR + "/initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8"), root);
        run(List.of(BIN_DIR + "/pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", dir.resolve("log").toString(),
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off", "start"), root);
        String psql = BIN_DIR + "/psql";
        List<String> base = List.of(psql, "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                "-v", "ON_ERROR_STOP=1", "-q");
        run(concat(base, "-d", "postgres", "-c",
                "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'"), root);
        run(concat(base, "-d", "postgres", "-c", "CREATE DATABASE " + DATABASE + " OWNER " + USER), root);
        run(concat(base, "-d", DATABASE, "-c", "CREATE SCHEMA " + SCHEMA + " AUTHORIZATION " + USER), root);
        return cluster;
    }

    private void stop() {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            run(List.of(BIN_DIR + "/pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), root);
        } catch (IOException | RuntimeException e) {
            System.err.println("Stopping the test PostgreSQL cluster failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(dir);
        }
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        // Read the output before waiting so a chatty command cannot block on a full pipe.
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + output.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }
}
