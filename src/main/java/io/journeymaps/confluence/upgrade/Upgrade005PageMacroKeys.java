package io.journeymaps.confluence.upgrade;

import io.journeymaps.storage.upgrade.PageMacroKeys;

/** Model version 5 for Confluence: runs the host-neutral {@link PageMacroKeys}. */
public class Upgrade005PageMacroKeys extends SchemaUpgradeTask {
    public Upgrade005PageMacroKeys() {
        super(new PageMacroKeys());
    }
}
