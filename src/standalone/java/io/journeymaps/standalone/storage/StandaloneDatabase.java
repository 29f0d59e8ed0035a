package io.journeymaps.standalone.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import io.journeymaps.storage.AoDatabase;
import io.journeymaps.storage.upgrade.SchemaUpgrade;
import io.journeymaps.storage.upgrade.SchemaUpgrades;

import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The standalone host's database: an AO EntityManager named exactly as Confluence names the
 * plugin's tables, brought up to the latest model version by running {@link SchemaUpgrades}
 * itself and recording each applied version in its own SCHEMA_VERSION table.
 *
 * <p>Connections come from a pool when one AO supports is on the class path (commons-dbcp 1.4 is,
 * in test scope), so an H2 file database stays open instead of being reopened per statement.
 */
public final class StandaloneDatabase implements AutoCloseable {
    /** The {@code namespace} of the descriptor's {@code <ao>} module; it fixes the table prefix. */
    public static final String AO_NAMESPACE = "io.journeymaps";
    /** "AO_" + the last 6 hex digits (upper case) of md5(namespace) + "_", as Confluence derives it. */
    public static final String TABLE_PREFIX = tablePrefix(AO_NAMESPACE);

    static {
        // AO's own transactions default to SERIALIZABLE; Confluence runs AO work in the host's
        // READ COMMITTED transactions. Match the host, so that writers of one map queue on its
        // row lock (see AoMapStore.lockedForWrite) rather than fail each other's snapshots.
        if (System.getProperty("ao.transaction.isolation.level") == null) {
            System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
        }
    }

    private final EntityManager em;
    private final EntityManagerAoDatabase aoDatabase;

    private StandaloneDatabase(EntityManager em) {
        this.em = em;
        this.aoDatabase = new EntityManagerAoDatabase(em);
    }

    /**
     * Connects, then runs every schema upgrade newer than the recorded model version. For
     * PostgreSQL the schema must already exist (AO does not create schemas); H2 uses "PUBLIC".
     */
    public static StandaloneDatabase open(String jdbcUrl, String user, String password, String schema) {
        StandaloneDatabase database = new StandaloneDatabase(entityManager(jdbcUrl, user, password, schema));
        try {
            database.upgrade();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** An EntityManager named as Confluence names the plugin's tables, without any upgrade (tests build old schemas with it). */
    public static EntityManager entityManager(String jdbcUrl, String user, String password, String schema) {
        return EntityManagerBuilder.url(jdbcUrl).username(user).password(password).schema(schema)
                .auto()
                .tableNameConverter(new AtlassianTableNameConverter(name -> TABLE_PREFIX + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    public AoDatabase aoDatabase() {
        return aoDatabase;
    }

    public EntityManager entityManager() {
        return em;
    }

    /** The model version the schema has been upgraded to (0 before any upgrade). */
    public int modelVersion() {
        return Arrays.stream(aoDatabase.find(SchemaVersionEntity.class, Query.select()))
                .mapToInt(SchemaVersionEntity::getModelVersion).max().orElse(0);
    }

    private void upgrade() {
        aoDatabase.migrate(SchemaVersionEntity.class);
        int current = modelVersion();
        for (SchemaUpgrade upgrade : SchemaUpgrades.all()) {
            if (upgrade.modelVersion() > current) {
                // DDL is not transactional everywhere; the version row is written only once the
                // upgrade has succeeded, so a failed upgrade is retried at the next start.
                upgrade.apply(aoDatabase);
                Map<String, Object> row = new HashMap<>();
                row.put("MODEL_VERSION", upgrade.modelVersion());
                row.put("DESCRIPTION", upgrade.description());
                row.put("APPLIED", new Date());
                aoDatabase.create(SchemaVersionEntity.class, row);
                current = upgrade.modelVersion();
            }
        }
    }

    static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase() + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        em.getProvider().dispose();
    }
}
