package io.journeymaps.standalone;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the standalone host runs: where it listens, where it keeps its data, which database it uses
 * and which Jira it links to. Read from system properties first, then environment variables.
 */
public record HostConfig(int port, String bindAddress, Path dataFolder, String jdbcUrl, String jdbcUser,
                         String jdbcPassword, String jdbcSchema, Path webFolder, Optional<JiraSettings> jira) {

    public static final int DEFAULT_PORT = 8090;
    public static final String BIND_ADDRESS = "127.0.0.1";

    public HostConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        dataFolder = dataFolder.toAbsolutePath().normalize();
        webFolder = webFolder.toAbsolutePath().normalize();
    }

    /** The configuration of a real run: system properties, then environment, then defaults. */
    public static HostConfig fromEnvironment() {
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        return from(properties, System.getenv());
    }

    /** Reads the settings from the given system properties and environment (testable). */
    public static HostConfig from(Map<String, String> properties, Map<String, String> environment) {
        Settings settings = new Settings(properties, environment);
        int port = parsePort(settings.get("standalone.port", "JOURNEYMAPS_PORT"));
        Path dataFolder = Path.of(settings.get("standalone.data", "JOURNEYMAPS_DATA").orElse(".standalone-data"));
        Path webFolder = Path.of(settings.get("standalone.web", "JOURNEYMAPS_WEB").orElse("target/standalone-web"));
        Optional<String> jdbcUrl = settings.get("standalone.jdbc.url", "JOURNEYMAPS_JDBC_URL");
        Optional<JiraSettings> jira = JiraSettings.of(
                settings.get("jira.url", "JIRA_URL").orElse(null),
                settings.get("jira.token", "JIRA_TOKEN").orElse(null));
        if (jdbcUrl.isEmpty()) {
            return h2(port, dataFolder, webFolder, jira);
        }
        return new HostConfig(port, BIND_ADDRESS, dataFolder, jdbcUrl.get(),
                settings.get("standalone.jdbc.user", "JOURNEYMAPS_JDBC_USER").orElse(""),
                settings.get("standalone.jdbc.password", "JOURNEYMAPS_JDBC_PASSWORD").orElse(""),
                settings.get("standalone.jdbc.schema", "JOURNEYMAPS_JDBC_SCHEMA").orElse("public"),
                webFolder, jira);
    }

    /** An H2 file database inside the data folder, on the given port (0 = any free port). */
    public static HostConfig h2(int port, Path dataFolder, Path webFolder, Optional<JiraSettings> jira) {
        Path absolute = dataFolder.toAbsolutePath().normalize();
        // Writers of one map queue on its row lock: give them longer than H2's default second.
        String url = "jdbc:h2:file:" + absolute.resolve("journeymaps") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        return new HostConfig(port, BIND_ADDRESS, absolute, url, "sa", "", "PUBLIC", webFolder, jira);
    }

    /** For tests: any free port, H2 in the given folder, no web folder, no Jira. */
    public static HostConfig forTests(Path dataFolder) {
        return h2(0, dataFolder, dataFolder.resolve("no-web"), Optional.empty());
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "HostConfig[port=" + port + ", bindAddress=" + bindAddress + ", dataFolder=" + dataFolder
                + ", jdbcUrl=" + jdbcUrl + ", jdbcUser=" + jdbcUser + ", jdbcSchema=" + jdbcSchema
                + ", webFolder=" + webFolder + ", jira=" + jira + "]";
    }

    private static int parsePort(Optional<String> value) {
        if (value.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + value.get() + "'", e);
        }
    }

    private record Settings(Map<String, String> properties, Map<String, String> environment) {
        Optional<String> get(String property, String variable) {
            String value = properties.get(property);
            if (value == null || value.isBlank()) {
                value = environment.get(variable);
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        }
    }
}
