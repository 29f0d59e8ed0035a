package io.journeymaps.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HostConfigTest {
    @Test
    void defaults_areH2InTheDataFolderOnLoopbackPort8090() {
        HostConfig config = HostConfig.from(Map.of(), Map.of());

        Path data = Path.of(".standalone-data").toAbsolutePath().normalize();
        assertEquals(8090, config.port());
        assertEquals("127.0.0.1", config.bindAddress());
        assertEquals(data, config.dataFolder());
        assertEquals("jdbc:h2:file:" + data.resolve("journeymaps") + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", config.jdbcUrl());
        assertTrue(config.isH2());
        assertTrue(config.jira().isEmpty());
    }

    @Test
    void systemProperty_winsOverEnvironment_forThePort() {
        assertEquals(9001, HostConfig.from(Map.of("standalone.port", "9001"), Map.of("JOURNEYMAPS_PORT", "9002")).port());
        assertEquals(9002, HostConfig.from(Map.of(), Map.of("JOURNEYMAPS_PORT", "9002")).port());
        assertEquals(0, HostConfig.from(Map.of("standalone.port", "0"), Map.of()).port());
    }

    @Test
    void badPort_isRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostConfig.from(Map.of("standalone.port", "eighty"), Map.of()));
        assertTrue(e.getMessage().contains("eighty"));
        assertThrows(IllegalArgumentException.class, () -> HostConfig.from(Map.of("standalone.port", "70000"), Map.of()));
    }

    @Test
    void postgres_isConfiguredBySystemProperties() {
        HostConfig config = HostConfig.from(Map.of("standalone.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/jm",
                "standalone.jdbc.user", "jm", "standalone.jdbc.password", "pw", "standalone.jdbc.schema", "jm_schema"),
                Map.of());

        assertEquals("jdbc:postgresql://127.0.0.1:5432/jm", config.jdbcUrl());
        assertEquals("jm", config.jdbcUser());
        assertEquals("pw", config.jdbcPassword());
        assertEquals("jm_schema", config.jdbcSchema());
        assertFalse(config.isH2());
    }

    @Test
    void jiraToken_isKeptButNeverPrinted() {
        HostConfig config = HostConfig.from(Map.of(), Map.of("JIRA_URL", "https://jira.example.com",
                "JIRA_TOKEN", "s3cr3t-token"));

        assertEquals("s3cr3t-token", config.jira().orElseThrow().token());
        assertEquals("https://jira.example.com", config.jira().orElseThrow().url());
        assertFalse(config.toString().contains("s3cr3t-token"));
        assertFalse(config.jira().orElseThrow().toString().contains("s3cr3t-token"));
    }

    @Test
    void jiraProperties_winOverEnvironment() {
        HostConfig config = HostConfig.from(Map.of("jira.url", "https://a.example", "jira.token", "t1"),
                Map.of("JIRA_URL", "https://b.example", "JIRA_TOKEN", "t2"));

        assertEquals("https://a.example", config.jira().orElseThrow().url());
        assertEquals("t1", config.jira().orElseThrow().token());
    }
}
