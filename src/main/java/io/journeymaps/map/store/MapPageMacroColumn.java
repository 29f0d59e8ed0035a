package io.journeymaps.map.store;

import net.java.ao.Entity;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The MAP table as model version 5 first extends it: PAGE_MACRO without its unique constraint, so
 * that the column can be added to existing rows (all null) and filled before the constraint comes
 * (SQL Server, unlike PostgreSQL, H2 and HSQLDB, would refuse a unique column holding several nulls).
 * Only storage.upgrade.PageMacroKeys migrates it; the live entity is {@link MapEntity}.
 */
@Table("MAP")
public interface MapPageMacroColumn extends Entity {
    @StringLength(StringLength.MAX_LENGTH)
    String getPageMacro();
    void setPageMacro(String pageMacro);
}
