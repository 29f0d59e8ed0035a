package io.journeymaps.standalone.storage;

import java.util.Date;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Table;

/**
 * The standalone host's record of the data model version it has upgraded to: one row per applied
 * upgrade. Inside Confluence, Active Objects keeps this itself.
 */
@Table("SCHEMA_VERSION")
@Preload({"MODEL_VERSION", "DESCRIPTION", "APPLIED"})
public interface SchemaVersionEntity extends Entity {
    int getModelVersion();
    void setModelVersion(int modelVersion);

    String getDescription();
    void setDescription(String description);

    Date getApplied();
    void setApplied(Date applied);
}
